using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;

namespace Platform.Core.Scheduling.Identity;

/// <summary>
/// Who a scope acts as when it is not a request: the scheduler marks each job's scope as <see cref="SystemUser"/>
/// before anything in it resolves <see cref="ICurrentUser"/>. Hosts register their current user through
/// <see cref="Or"/> so the mark wins in job scopes and their own user everywhere else.
/// </summary>
public sealed class JobIdentity
{
    /// <summary>The user the scope acts as instead of the host's, or <see langword="null"/> for a normal scope.</summary>
    public ICurrentUser? ActingAs { get; private set; }

    /// <summary>
    /// The current user for a scope: the system user in a job's scope, otherwise what <paramref name="hostUser"/> gives.
    /// Use it in the host's registration: <c>services.AddScoped&lt;ICurrentUser&gt;(sp =&gt; JobIdentity.Or(sp, () =&gt; …))</c>.
    /// </summary>
    /// <param name="services">The scope's services.</param>
    /// <param name="hostUser">The host's own current user.</param>
    /// <returns>The user the scope acts as.</returns>
    public static ICurrentUser Or(IServiceProvider services, Func<ICurrentUser> hostUser)
    {
        ArgumentNullException.ThrowIfNull(hostUser);
        return services.GetService<JobIdentity>()?.ActingAs ?? hostUser();
    }

    /// <summary>Marks the scope as acting for the platform itself.</summary>
    internal void ActAsSystem() => ActingAs = SystemUser.Instance;
}

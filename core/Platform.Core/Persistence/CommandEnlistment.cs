using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Core.Persistence;

/// <summary>
/// Makes every command a module context issues carry the scope's open transaction. EF Core sets a command's
/// transaction only from the issuing context's own <c>CurrentTransaction</c>, which is empty for every context that
/// did not begin the transaction; Microsoft.Data.Sqlite refuses a command without the connection's open transaction.
/// </summary>
internal sealed class CommandEnlistment(DatabaseSession session) : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        if (result.Transaction is null && session.Open is { } open && ReferenceEquals(open.Connection, result.Connection))
        {
            result.Transaction = open;
        }

        return result;
    }
}

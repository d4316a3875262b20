using Platform.Contracts.Errors;

namespace Platform.Contracts.Paging;

/// <summary>Which slice of a list to return: skip <see cref="Offset"/> items, return at most <see cref="Limit"/>.</summary>
public readonly record struct PageRequest
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>The page size when the caller gives none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Creates a page request; throws a validation error for a negative offset or a limit outside 1..<see cref="MaxLimit"/>.</summary>
    /// <param name="offset">Items to skip.</param>
    /// <param name="limit">Items to return at most.</param>
    public PageRequest(int offset, int limit)
    {
        var errors = new List<FieldError>();
        if (offset < 0)
        {
            errors.Add(new FieldError("offset", "out_of_range", "offset must be 0 or more."));
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors.Add(new FieldError("limit", "out_of_range", $"limit must be between 1 and {MaxLimit}."));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        Offset = offset;
        Limit = limit;
    }

    /// <summary>Items to skip.</summary>
    public int Offset { get; }

    /// <summary>Items to return at most.</summary>
    public int Limit { get; }

    /// <summary>The first page of the default size.</summary>
    public static PageRequest First => new(0, DefaultLimit);
}

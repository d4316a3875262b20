namespace Platform.Core.Organization.Import;

/// <summary>Existing rows of one kind, found by code and by id.</summary>
internal sealed class CodedRows<TRow>
    where TRow : class
{
    private readonly Dictionary<string, TRow> _byCode;
    private readonly Dictionary<string, TRow> _byId;
    private readonly Func<TRow, string> _code;

    public CodedRows(IReadOnlyList<TRow> rows, Func<TRow, string> id, Func<TRow, string> code)
    {
        _code = code;
        Rows = rows;
        _byCode = new Dictionary<string, TRow>(rows.Count, StringComparer.Ordinal);
        _byId = new Dictionary<string, TRow>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            _byCode[code(row)] = row;
            _byId[id(row)] = row;
        }
    }

    public IReadOnlyList<TRow> Rows { get; }

    public TRow? ByCode(string? code) => code is not null && _byCode.TryGetValue(code, out var row) ? row : null;

    public TRow? ById(string? id) => id is not null && _byId.TryGetValue(id, out var row) ? row : null;

    public bool HasCode(string? code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The code of the row with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public string? CodeOf(string? id) => ById(id) is { } row ? _code(row) : null;
}

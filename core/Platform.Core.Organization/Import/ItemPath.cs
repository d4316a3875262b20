namespace Platform.Core.Organization.Import;

/// <summary>
/// Where an item sits in the document (<c>members[1042]</c>, <c>members[1042].concurrent[1]</c>). A struct, so checking
/// 130,000 valid items allocates no path strings; the text is only built for an error.
/// </summary>
internal readonly record struct ItemPath(string Section, int Index, string? Child = null, int ChildIndex = -1)
{
    public ItemPath Nested(string child, int childIndex) => this with { Child = child, ChildIndex = childIndex };

    public string At(string field) => $"{this}.{field}";

    public override string ToString() => Child is null ? $"{Section}[{Index}]" : $"{Section}[{Index}].{Child}[{ChildIndex}]";
}

namespace Platform.Core.Forms.Persistence.Entities;

/// <summary>
/// A record: its document as JSON plus the queryable projection — up to eight slots, each a text and a number column
/// (numbers, money, booleans as 0/1, dates and times as Unix milliseconds UTC), so filtering and sorting is a
/// single-table indexed query.
/// </summary>
internal sealed class FormRecordRow
{
    public const int Slots = 8;

    /// <summary>
    /// The row's sequence (SQLite's rowid): creation order, and the last key of every projection index, so
    /// "order by a slot, then by this" is read straight off one index and stops after the page.
    /// </summary>
    public long Seq { get; set; }

    public required string Id { get; set; }

    public required string FormKey { get; set; }

    public int FormVersion { get; set; }

    public required string Data { get; set; }

    /// <summary>Concurrency token: raised by every change.</summary>
    public long Revision { get; set; }

    public long CreatedAtTicks { get; set; }

    public long UpdatedAtTicks { get; set; }

    public string? CreatedBy { get; set; }

    public string? Q1Text { get; set; }

    public double? Q1Num { get; set; }

    public string? Q2Text { get; set; }

    public double? Q2Num { get; set; }

    public string? Q3Text { get; set; }

    public double? Q3Num { get; set; }

    public string? Q4Text { get; set; }

    public double? Q4Num { get; set; }

    public string? Q5Text { get; set; }

    public double? Q5Num { get; set; }

    public string? Q6Text { get; set; }

    public double? Q6Num { get; set; }

    public string? Q7Text { get; set; }

    public double? Q7Num { get; set; }

    public string? Q8Text { get; set; }

    public double? Q8Num { get; set; }

    /// <summary>Sets a projection slot's two columns.</summary>
    public void SetSlot(int slot, string? text, double? number)
    {
        switch (slot)
        {
            case 1:
                Q1Text = text;
                Q1Num = number;
                break;
            case 2:
                Q2Text = text;
                Q2Num = number;
                break;
            case 3:
                Q3Text = text;
                Q3Num = number;
                break;
            case 4:
                Q4Text = text;
                Q4Num = number;
                break;
            case 5:
                Q5Text = text;
                Q5Num = number;
                break;
            case 6:
                Q6Text = text;
                Q6Num = number;
                break;
            case 7:
                Q7Text = text;
                Q7Num = number;
                break;
            case 8:
                Q8Text = text;
                Q8Num = number;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(slot), slot, "Slots are 1 to 8.");
        }
    }

    public static string TextColumn(int slot) => $"Q{slot}Text";

    public static string NumberColumn(int slot) => $"Q{slot}Num";
}

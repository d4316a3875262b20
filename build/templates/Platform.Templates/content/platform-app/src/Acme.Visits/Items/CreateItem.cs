using System.ComponentModel.DataAnnotations;
using Platform.Contracts.Messaging;

namespace Acme.Visits.Items;

/// <summary>
/// Creates an item. A command: the kernel checks the annotations below (all field errors together, as
/// <c>validation.failed</c>) and runs <see cref="CreateItemHandler"/> in a transaction.
/// </summary>
internal sealed record CreateItem(
    [property: Required(AllowEmptyStrings = false), MaxLength(Item.TitleMaxLength)] string? Title) : ICommand<ItemResponse>;

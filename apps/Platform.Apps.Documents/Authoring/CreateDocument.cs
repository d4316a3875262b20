using System.ComponentModel.DataAnnotations;
using Platform.Contracts.Messaging;

namespace Platform.Apps.Documents.Authoring;

/// <summary>Drafts a new document. Checked by the kernel from its data annotations before the handler runs.</summary>
internal sealed record CreateDocument(
    [property: Required, StringLength(Document.TitleMaxLength)] string Title,
    [property: Required] string Body) : ICommand<DocumentResponse>;

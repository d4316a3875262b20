using Acornima.Ast;
using Jint;

namespace Platform.Core.Forms.Expressions;

/// <summary>A checked expression and, when sound, its prepared Jint script (shareable between engines and threads).</summary>
/// <param name="Checked">The checker's verdict.</param>
/// <param name="Script">The prepared script; only meaningful when <c>Checked.Errors</c> is empty.</param>
internal sealed record CompiledExpression(CheckedExpression Checked, Prepared<Script> Script);

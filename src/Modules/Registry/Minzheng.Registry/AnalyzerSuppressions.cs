using System.Diagnostics.CodeAnalysis;

// "Shared" is a Visual Basic keyword; no VB code consumes this assembly, and Features/Shared is the modules' folder for what
// several use cases of one module share (ARCHITECTURE.md).
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace",
    Target = "~N:Minzheng.Registry.Features.Shared", Justification = "No Visual Basic consumers; the modules' folder convention")]

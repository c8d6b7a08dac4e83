using Minzheng.Assistance.Features.ApplyForAssistance;

namespace Minzheng.Assistance.Features.ApplyOnline;

/// <summary>Step 1 of applying online: the applicant's ID number and the phone number registered for them.</summary>
internal sealed record CodeRequest(string? IdNumber, string? Phone);

/// <summary>
/// What step 1 answers, whether or not the person is registered (so the page tells nobody who is):
/// <see cref="RequestId"/> is the request to quote in step 2.
/// </summary>
internal sealed record CodeSent(Guid RequestId, string Message);

/// <summary>Step 2: the request id of step 1, the code received, the level applied for and the signed consent.</summary>
internal sealed record OnlineApplication(Guid? RequestId, string? Code, string? Programme, ConsentUpload? Consent);

/// <summary>The application as the citizen is told of it: its number and what happens next.</summary>
internal sealed record OnlineReceipt(string CaseNumber, string Message);

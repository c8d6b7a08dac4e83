using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ElderProfile;

/// <summary>An elder with their assessment history (newest first).</summary>
internal sealed record ElderProfile(PersonSnapshot Person, int Age, IReadOnlyList<AssessmentRow> Assessments, bool MayAssess,
    IReadOnlyList<string> Categories, RecordCategories.FlagsRequest Flags);

internal sealed record AssessmentRow(Guid Id, DateOnly AssessedOn, string Assessor, int Total, AbilityLevel LevelCode, string Level, IReadOnlyList<string> Explanation, DateOnly ReassessOn, bool Due);

using Minzheng.Platform.Errors;

namespace Minzheng.UnitTests.Platform;

public sealed class FieldErrorsTests
{
    [Fact]
    public void Collects_every_message_per_field_and_throws_them_all_at_once()
    {
        var errors = new FieldErrors();
        errors.Add("name", null);
        Assert.False(errors.Any);
        errors.ThrowIfAny(); // nothing to say: no exception

        errors.Add("members[0].idNumber", "身份证号码校验位不正确");
        errors.Add("members[0].idNumber", "出生日期不能晚于今天");
        errors.AddAll(new InputValidationException("photo", "照片须为 JPG 或 PNG"));
        Assert.True(errors.Has("photo"));
        Assert.Equal(2, errors.Count);
        var e = Assert.Throws<InputValidationException>(errors.ThrowIfAny);
        Assert.Equal(["身份证号码校验位不正确", "出生日期不能晚于今天"], e.Errors["members[0].idNumber"]);
        Assert.Equal(["照片须为 JPG 或 PNG"], e.Errors["photo"]);
    }
}

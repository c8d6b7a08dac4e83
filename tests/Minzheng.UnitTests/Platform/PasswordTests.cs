using Microsoft.AspNetCore.Identity;
using Minzheng.Platform.Security;

namespace Minzheng.UnitTests.Platform;

public class PasswordTests
{
    private sealed class User;

    [Fact]
    public void The_SM3_hasher_verifies_the_right_password_only()
    {
        var hasher = new Sm3PasswordHasher<User>(1000);
        var hash = hasher.HashPassword(new User(), "Correct-Horse-9");
        Assert.StartsWith("sm3pbkdf2$1000$", hash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new User(), hash, "Correct-Horse-9"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new User(), hash, "correct-horse-9"));
        Assert.NotEqual(hash, hasher.HashPassword(new User(), "Correct-Horse-9"));
    }

    [Fact]
    public void Fewer_iterations_than_configured_ask_for_a_rehash_and_foreign_formats_fail()
    {
        var old = new Sm3PasswordHasher<User>(500).HashPassword(new User(), "Correct-Horse-9");
        var hasher = new Sm3PasswordHasher<User>(1000);
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, hasher.VerifyHashedPassword(new User(), old, "Correct-Horse-9"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new User(), "AQAAAAEAACcQAAAAE", "x"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new User(), "sm3pbkdf2$0$AA==$AA==", "x"));
    }

    [Fact]
    public void PBKDF2_over_SM3_is_deterministic_for_a_salt()
    {
        var salt = new byte[16];
        Assert.Equal(Sm3PasswordHasher<User>.Derive("pw", salt, 10), Sm3PasswordHasher<User>.Derive("pw", salt, 10));
        Assert.NotEqual(Sm3PasswordHasher<User>.Derive("pw", salt, 10), Sm3PasswordHasher<User>.Derive("pw", salt, 11));
    }

    [Theory]
    [InlineData("zhangsan", "Xiangjiang-Ferry-7", true)]
    [InlineData("zhangsan", "xiangjiangferry7", false)]  // two classes
    [InlineData("zhangsan", "Abc123!x", false)]          // too short
    [InlineData("zhangsan", "ZhangSan-2022!", false)]    // contains the user name
    [InlineData("zhangsan", "XIANGJIANG-FERRY7", true)]  // upper, digit, symbol
    [InlineData("zhangsan", "xiangjiang!ferry1", true)]
    [InlineData("zhangsan", "Password123!", false)]      // a common word with digits and a symbol round it (issue 19.7)
    [InlineData("zhangsan", "P@ssw0rd2022!", false)]     // the same with letters swapped for look-alikes
    [InlineData("zhangsan", "Admin-Admin-1234", false)]  // only common words
    [InlineData("zhangsan", "Welcome_China_88", false)]
    [InlineData("zhangsan", "Qwerty-Hengshan9", false)]  // a keyboard run
    [InlineData("zhangsan", "Xiang-123456-Ferry", false)] // a digit run
    [InlineData("zhangsan", "Abcdef-Hengshan9", false)]  // an alphabet run
    [InlineData("zhangsan", "Xiang-Ferry-aaaa-9", false)] // four of the same in a row
    [InlineData("zhangsan", "Minzheng@2022", false)]     // the product's own name
    public void The_level_3_password_policy(string user, string password, bool ok) =>
        Assert.Equal(ok, PasswordPolicyValidator<IdentityUser<Guid>>.Validate(user, password).Succeeded);

    [Fact]
    public void Generated_passwords_meet_the_policy()
    {
        for (var i = 0; i < 500; i++)
        {
            Assert.True(PasswordPolicyValidator<IdentityUser<Guid>>.Validate("leader", Minzheng.Platform.Identity.UserAdministration.GeneratePassword()).Succeeded);
        }
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0734-8123456", "073*****3456")]
    public void Phones_are_masked(string phone, string masked) => Assert.Equal(masked, Masking.Phone(phone));

    [Fact]
    public void Bank_accounts_show_the_last_four_digits_only() => Assert.Equal("**** 2333", Masking.BankAccount("6217000011112222333"));
}

using System.Text;

using GameLibrary.Transport.Serialization;

namespace GameLibrary.Transport.Tests;

public sealed class JsonTextValidatorTests
{
    [Theory]
    [InlineData("""{"query":"{ hello }"}""")]
    [InlineData("""{"a":"\ud83d\ude00"}""")]
    [InlineData("""{"a":"\uD83D\uDE00 and \u00e9"}""")]
    [InlineData("""{"a":"\\ud800"}""")]
    [InlineData("""{"a":"\\\\\ud83d\ude00"}""")]
    [InlineData("""{"a":"\"\ud800\udc00"}""")]
    [InlineData("""{"caf\u00e9":"é ✓ 😀"}""")]
    public void Accepts_UTF8_with_paired_surrogate_escapes(string json)
    {
        Assert.True(JsonTextValidator.IsValid(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"a":"\ud800"}""")]
    [InlineData("""{"a":"\udc00"}""")]
    [InlineData("""{"a":"\uDBFF"}""")]
    [InlineData("""{"a":"\ud800\u0041"}""")]
    [InlineData("""{"a":"\ud800\ud800"}""")]
    [InlineData("""{"a":"\ude00\ud83d"}""")]
    [InlineData("""{"\ud800":1}""")]
    [InlineData("""{"a":"\\\ud800"}""")]
    [InlineData("""{"a":"x\ud800""")]
    public void Refuses_escapes_of_unpaired_surrogates(string json)
    {
        Assert.False(JsonTextValidator.IsValid(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("FF FE")]
    [InlineData("C0 AF")]
    [InlineData("ED A0 80")]
    [InlineData("F4 90 80 80")]
    [InlineData("80")]
    [InlineData("E2 82")]
    public void Refuses_bytes_that_are_not_UTF8(string hex)
    {
        byte[] json = [.. "{\"a\":\""u8, .. Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal)), .. "\"}"u8];

        Assert.False(JsonTextValidator.IsValid(json));
    }
}

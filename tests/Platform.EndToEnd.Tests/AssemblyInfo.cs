// A failed test shows the server's errors beside its assertion (Platform.Tests/Support/ServerLogs.cs).
[assembly: Xunit.TestFramework("Platform.Tests.Support.ExplainingTestFramework", "Platform.Tests")]

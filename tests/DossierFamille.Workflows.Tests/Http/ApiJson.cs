using System.Net.Http.Json;
using System.Text;
using DossierFamille.Workflows.Definitions;

namespace DossierFamille.Workflows.Tests.Http;

internal static class ApiJson
{
    /// <summary>A definition as the designer sends it: its Elsa-shaped JSON.</summary>
    public static StringContent Definition(WorkflowDefinitionModel model) => Raw(WorkflowJson.Serialize(model));

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Reads the body after checking the status, showing the body when the status is not the expected one.</summary>
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        await response.ExpectAsync(expected);
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task ExpectAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected} {expected}, got {(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}

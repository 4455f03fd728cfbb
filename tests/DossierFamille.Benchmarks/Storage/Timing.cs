using System.Diagnostics;
using System.Globalization;

namespace DossierFamille.Benchmarks.Storage;

internal static class Timing
{
    /// <summary>
    /// Runs the actions in turn, <paramref name="runs"/> times after <paramref name="warmups"/> rounds,
    /// so that each one sees the same machine load; returns the median of each, in milliseconds.
    /// </summary>
    public static async Task<double[]> InterleavedMediansMsAsync(int warmups, int runs, params Func<Task>[] actions)
    {
        var samples = actions.Select(_ => new List<double>(runs)).ToArray();
        for (var round = 0; round < warmups + runs; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await actions[i]();
                if (round >= warmups)
                {
                    samples[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        }

        return [.. samples.Select(list => list.Order().ElementAt(list.Count / 2))];
    }

    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}

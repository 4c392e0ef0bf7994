/**
 * The peer benchmark: where a startup's scores stand among those of other startups at the same stage whose
 * founders chose to share them (first quartile, median, third quartile per dimension and for the index), shown
 * only with enough peers to keep anyone from being recognised. The statistics are plain Java ({@link
 * app.runway.assessment.benchmark.Benchmark}, {@link app.runway.assessment.benchmark.Quartiles}) over a small
 * in-memory set of shared scores that {@link app.runway.assessment.benchmark.PeerBenchmark} keeps and refreshes
 * (docs/scoring.md, "How you compare").
 */
package app.runway.assessment.benchmark;

package app.runway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import app.runway.guide.load.GuideLoader;
import app.runway.guide.load.LoadedGuide;
import app.runway.guide.load.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long {@link GuideLoader#load(List)} takes: parse, validate, render and sanitise the whole
 * guide, as at start-up and on every reload. Measures (a) the bundled guide and (b) a guide 20
 * times its size made by {@link LargeGuide}. Reading the files is not measured: they are read
 * once, in the states' set-up.
 *
 * <p>Not a test (the name does not end in Test or IT, so surefire skips it). Run it with
 * {@link #main(String[])}; see docs/performance.md. The defaults below suit a 2-core machine; JMH
 * command-line options given to {@code main} (for example {@code -prof stack} or {@code -i 5})
 * override them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class GuideLoadBenchmark {

    /** How many copies of the bundled guide the large guide holds. */
    public static final int COPIES = 20;

    /** The bundled guide's files, read once. */
    @State(Scope.Benchmark)
    public static class Bundled {
        GuideLoader loader;
        List<SourceFile> files;

        @Setup
        public void setUp() {
            loader = new GuideLoader();
            files = List.copyOf(LargeGuide.bundled());
            loader.load(files); // fail at once, not after minutes of measuring, if the guide is refused
        }
    }

    /** {@link #COPIES} renamed copies of the bundled guide's files, made once. */
    @State(Scope.Benchmark)
    public static class Large {
        GuideLoader loader;
        List<SourceFile> files;

        @Setup
        public void setUp() {
            loader = new GuideLoader();
            files = List.copyOf(LargeGuide.copies(LargeGuide.bundled(), COPIES));
            loader.load(files);
        }
    }

    /**
     * The CPU time of the benchmark thread per load, printed after each iteration and, for the
     * measurement iterations together, at the end. Unlike the wall-clock score it hardly changes when
     * other processes compete for the cores; it leaves out the JIT compiler and the garbage collector.
     */
    @State(Scope.Thread)
    public static class CpuClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long iterationNanos;
        private int iterationLoads;
        private long measuredNanos;
        private int measuredLoads;
        private boolean measuring;

        @Setup(Level.Iteration)
        public void startIteration(IterationParams iteration) {
            iterationNanos = 0;
            iterationLoads = 0;
            measuring = iteration.getType() == IterationType.MEASUREMENT;
        }

        LoadedGuide time(Supplier<LoadedGuide> load) {
            long start = THREADS.getCurrentThreadCpuTime();
            LoadedGuide guide = load.get();
            iterationNanos += THREADS.getCurrentThreadCpuTime() - start;
            iterationLoads++;
            return guide;
        }

        @TearDown(Level.Iteration)
        public void endIteration() {
            if (measuring) {
                measuredNanos += iterationNanos;
                measuredLoads += iterationLoads;
            }
            System.out.printf("  (thread CPU: %.1f ms per load over %d loads)%n", perLoad(iterationNanos, iterationLoads),
                    iterationLoads);
        }

        @TearDown(Level.Trial)
        public void end() {
            System.out.printf("%nThread CPU per load, measurement iterations: %.1f ms (%d loads)%n",
                    perLoad(measuredNanos, measuredLoads), measuredLoads);
        }

        private static double perLoad(long nanos, int loads) {
            return loads == 0 ? Double.NaN : nanos / 1e6 / loads;
        }
    }

    @Benchmark
    public LoadedGuide bundledGuide(Bundled guide, CpuClock cpu) {
        return cpu.time(() -> guide.loader.load(guide.files));
    }

    @Benchmark
    public LoadedGuide largeGuide20x(Large guide, CpuClock cpu) {
        return cpu.time(() -> guide.loader.load(guide.files));
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions command = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(command);
        if (command.getIncludes().isEmpty()) {
            options.include(GuideLoadBenchmark.class.getName() + "\\.");
        }
        // Bytes allocated per load (gc.alloc.rate.norm), next to the time.
        options.addProfiler(GCProfiler.class);
        new Runner(options.build()).run();
    }
}

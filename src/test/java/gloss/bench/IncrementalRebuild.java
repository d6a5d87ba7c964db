package gloss.bench;

import gloss.BuildResult;
import gloss.IncrementalBuild;
import gloss.Project;
import gloss.render.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The child process of {@link EditionBenchmark} for incremental rebuilds: builds an edition once
 * as the preview server does, then edits one reading (a new closing paragraph, and the checksum in
 * its sidecar) and rebuilds, several times over, printing each rebuild's time; finally checks that
 * the last rebuild gave the bytes of a full build.
 */
public final class IncrementalRebuild {
  private IncrementalRebuild() {}

  /** How long each stage of one build took. */
  private static final class StageTimes implements gloss.diag.Progress {
    private final StringBuilder times = new StringBuilder();
    private String stage;
    private long since;

    @Override
    public synchronized void stage(String name, int total) {
      long now = System.nanoTime();
      if (stage != null) {
        times.append(String.format(Locale.ROOT, "%s %.0f ms; ", stage, (now - since) / 1e6));
      }
      stage = name;
      since = now;
    }

    @Override
    public void advance() {}

    @Override
    public synchronized String toString() {
      return times.toString();
    }
  }

  /** {@code IncrementalRebuild ROOT EDITS}: ROOT holds content/ and templates/. */
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int edits = Integer.parseInt(args[1]);
    Project project = Project.at(root);
    IncrementalBuild incremental = new IncrementalBuild(project);
    long start = System.nanoTime();
    BuildResult first = incremental.build();
    System.out.printf(Locale.ROOT, "first build in the server: %.2f s, %d files%n", (System.nanoTime() - start) / 1e9,
        first.pages());
    List<Double> times = new ArrayList<>();
    BuildResult last = first;
    for (int i = 0; i < edits; i++) {
      int reading = 1 + (i * 379) % Math.max(1, first.readings());
      String id = String.format(Locale.ROOT, "reading-%05d", reading);
      Path text = root.resolve("content/readings/" + id + ".txt");
      byte[] bytes = (Files.readString(text, StandardCharsets.UTF_8)
          + "\nAn editor's new closing paragraph, number " + (i + 1) + ".\n").getBytes(StandardCharsets.UTF_8);
      Files.write(text, bytes);
      Files.writeString(root.resolve("content/readings/" + id + ".yaml"),
          SyntheticEdition.sidecar(reading - 1, bytes), StandardCharsets.UTF_8);
      StageTimes stages = new StageTimes();
      long t = System.nanoTime();
      last = incremental.build(stages);
      stages.stage("end", 0);
      if (i == edits - 1) {
        System.out.println("last rebuild by stage: " + stages);
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      times.add(seconds);
      if (!last.ok()) {
        throw new IllegalStateException("rebuild failed: " + last.diagnostics().all());
      }
    }
    // the JIT goes on compiling for a while after the first build, on the same two cores: the
    // second half of the edits shows the rebuilds a maintainer gets once the server has warmed up
    List<Double> later = new ArrayList<>(times.subList(times.size() / 2, times.size()));
    Collections.sort(times);
    Collections.sort(later);
    System.out.printf(Locale.ROOT, "incremental rebuild after editing one reading: median %.0f ms, best %.0f ms,"
        + " worst %.0f ms (%d edits); median of the last %d: %.0f ms%n", times.get(times.size() / 2) * 1000,
        times.get(0) * 1000, times.get(times.size() - 1) * 1000, times.size(), later.size(),
        later.get(later.size() / 2) * 1000);
    List<Page> full = gloss.Gloss.check(project).site();
    boolean same = full.size() == last.site().size();
    for (int i = 0; same && i < full.size(); i++) {
      same = full.get(i).path().equals(last.site().get(i).path())
          && Arrays.equals(full.get(i).bytes(), last.site().get(i).bytes());
    }
    System.out.println("incremental site equals a full build: " + same);
    if (!same) {
      System.exit(1);
    }
  }
}

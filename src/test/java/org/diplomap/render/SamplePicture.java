package org.diplomap.render;

import java.nio.file.Path;

/** Writes the sample scene to a PNG, to look at the rendering by eye: {@code SamplePicture FILE.png}. */
final class SamplePicture {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sample-export.png");
        int width = args.length > 2 ? Integer.parseInt(args[1]) : 1600;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        new SnapshotRenderer().writePng(Scenes.afghanistan(), width, height, out);
        System.out.println(out.toAbsolutePath());
    }
}

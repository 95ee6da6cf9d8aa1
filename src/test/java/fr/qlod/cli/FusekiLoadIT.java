package fr.qlod.cli;

import fr.qlod.store.FusekiProcess;
import fr.qlod.store.RemoteStore;
import java.nio.file.Path;
import java.util.List;

/** Remote loads into a second Fuseki, in its own JVM, behind HTTP Basic authentication. */
class FusekiLoadIT extends RemoteLoadScenario {

    @Override
    RemoteStore start(Path folder) throws Exception {
        return FusekiProcess.start(folder);
    }

    @Override
    boolean textSearch() {
        return false;
    }

    @Override
    String killedBatchSize() {
        return "8k";
    }

    @Override
    List<String> protocols() {
        return List.of("quads", "update", "gsp");
    }
}

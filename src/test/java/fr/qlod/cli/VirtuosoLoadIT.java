package fr.qlod.cli;

import fr.qlod.store.RemoteStore;
import fr.qlod.store.VirtuosoProcess;
import java.nio.file.Path;
import java.util.List;

/** Remote loads into Virtuoso Open Source, behind HTTP Digest authentication. */
class VirtuosoLoadIT extends RemoteLoadScenario {

    @Override
    RemoteStore start(Path folder) throws Exception {
        return VirtuosoProcess.start(folder);
    }

    @Override
    boolean textSearch() {
        return true;
    }

    @Override
    void beforeSearch() throws Exception {
        ((VirtuosoProcess) remote).indexText();
    }

    @Override
    String killedBatchSize() {
        // Virtuoso took about 0.35 s a request (each answered a Digest challenge first) on the shared machine
        return "64k";
    }

    @Override
    List<String> protocols() {
        // the default first; the killed load (step 3) and the later steps on ttlp too
        return List.of("ttlp", "update", "ttlp", "ttlp");
    }
}

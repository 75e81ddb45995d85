// The production composition: the proxy in front of Huawei's BSS. It never loads the fake BSS,
// and refuses to start without Huawei credentials.
import { liveUpstream, runServer } from "#server/run";

await runServer(liveUpstream);

#!/usr/bin/env bash
# bench/jfr/stages.sh FILE.jfr...: each recording's execution samples by request stage, in percent of its
# samples. A sample whose stack holds the request body reader is a body stage (parse, rules, binding, other);
# any other sample goes to the stage of its innermost frame that names one (store, Jackson writing, other
# writing, resource, filters, routing, Jersey/HK2, Grizzly), so the shares add up to 100. Compare the stub's
# OP.jfr with bare Jersey's OP-jersey.jfr from `JFR=1 bench/run.sh`; docs/benchmarks.md has the table.
set -euo pipefail
for f in "$@"; do
  jfr print --events jdk.ExecutionSample --stack-depth 200 "$f" | awk -v file="$(basename "$f" .jfr)" '
  BEGIN {
    nb = split("body: JSON parse|body: rules|body: binding|body: other", body, "|")
    pb["body: JSON parse"] = "RequestBodyReader\\.parse"
    pb["body: rules"] = "stub\\.validation\\."
    pb["body: binding"] = "RequestBodyReader.*(lambda|bind)|ObjectReader\\._bindAndClose|ObjectReader\\.readValue"
    pb["body: other"] = "RequestBodyReader|ReaderInterceptorExecutor|ByteArrayProvider\\.readFrom|InboundMessageContext\\.readEntity"
    nf = split("store|writing: Jackson|writing: other|resource|filters|routing|Jersey, HK2 (other)|Grizzly", frame, "|")
    pf["store"] = "stub\\.store\\."
    pf["writing: Jackson"] = "com\\.fasterxml\\.jackson|dev\\.magicgre\\.json\\."
    pf["writing: other"] = "EnvelopeWriter|StreamedTunnelListWriter|WriterInterceptorExecutor|ByteArrayProvider\\.writeTo|OutboundMessageContext|ContainerResponseWriter|ResponseWriter\\.|OutputBuffer|Responder\\.(writeResponse|processResponse)"
    pf["resource"] = "GreTunnelsResource|stub\\.tunnel\\.|FixedAnswerResource|ResourceMethodInvoker|MethodDispatcher|reflect\\.(Method|Delegating|Native|DirectMethodHandle)|dev\\.magicgre\\.model\\."
    pf["filters"] = "ContainerFilteringStage|Filter\\.filter|stub\\.auth\\.|stub\\.http\\..*Filter"
    pf["routing"] = "jersey\\.server\\.internal\\.routing"
    pf["Jersey, HK2 (other)"] = "org\\.glassfish\\.(jersey|hk2)|dev\\.magicgre\\.stub\\."
    pf["Grizzly"] = "org\\.glassfish\\.grizzly"
  }
  /jdk.ExecutionSample/ { if (depth) classify(); depth = 0; next }
  /line:/ { f[++depth] = $1 }
  END { if (depth) classify()
    for (i = 1; i <= nb; i++) printf "%s\t%s\t%.1f\n", file, body[i], 100 * c[body[i]] / total
    for (i = 1; i <= nf; i++) printf "%s\t%s\t%.1f\n", file, frame[i], 100 * c[frame[i]] / total
    printf "%s\tother (JDK only)\t%.1f\n%s\tsamples\t%d\n", file, 100 * c["other"] / total, file, total }
  function classify(   i, j, s) {
    total++; s = ""
    for (j = 1; j <= depth; j++) s = s " " f[j]
    for (i = 1; i <= nb; i++) if (s ~ pb[body[i]]) { c[body[i]]++; return }
    for (j = 1; j <= depth; j++) for (i = 1; i <= nf; i++) if (f[j] ~ pf[frame[i]]) { c[frame[i]]++; return }
    c["other"]++
  }'
done

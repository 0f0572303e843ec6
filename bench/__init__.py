"""Benchmarks. Each one times its baseline in the same run and prints the ratio.

python -m bench            # run every bench/bench_*.py
python -m bench import     # only those whose name contains "import"
"""

"""Scale tests and benchmarks: synthetic data generators and their command lines."""

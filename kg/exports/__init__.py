"""Write a knowledge graph to every output format, all-or-nothing."""

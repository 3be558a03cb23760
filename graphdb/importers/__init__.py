"""Importers: parsers for PubMed XML, Crossref and OpenAlex JSON, and the batched graph writer."""

"""Arabic text: normalisation with offsets back to the original, character classes, the one
trie-to-regex builder, and segmentation into paragraphs and sentences. Imports nothing else of
``analysis`` but :mod:`analysis.data`."""

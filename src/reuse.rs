//! Which buffers a thread keeps from one document to the next.
//!
//! The stages keep their buffers per thread between documents: for a
//! headline, allocating and freeing them would cost as much as the work
//! done in them. The buffers of a long document are freed instead: kept,
//! they would hold the memory of that document's every token while the
//! caller writes its output (an 8 MB document's tokens alone are 100 MB),
//! and a document that long costs far more to process than to allocate
//! for. One test of the text's length per stage and document decides it,
//! where a test of each buffer's size cost headlines 0.3% of their time.

/// The longest text, in bytes, whose buffers are kept for the next
/// document: some 30,000 tokens, a few MB of buffers, several times the
/// longest news article.
const KEEP_TEXT_BYTES: usize = 1 << 17;

/// Whether a stage keeps the buffers it used for a text of `len` bytes.
pub(crate) fn keep_after(len: usize) -> bool {
    len <= KEEP_TEXT_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_buffers_of_long_texts_are_not_kept() {
        assert!(keep_after(0));
        assert!(keep_after(20_000));
        assert!(keep_after(KEEP_TEXT_BYTES));
        assert!(!keep_after(KEEP_TEXT_BYTES + 1));
        assert!(!keep_after(8_000_000));
    }
}

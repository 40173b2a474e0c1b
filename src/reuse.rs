//! Which buffers a thread keeps from one document to the next.
//!
//! The stages keep their buffers per thread between documents: for a
//! headline, allocating and freeing them would cost as much as the work
//! done in them. A buffer a long document grew is freed instead: kept, it
//! would hold the memory of that document's every token while the next
//! stages (and the caller, writing the output) need memory of their own,
//! and a document long enough to grow it this far costs far more to
//! process than to allocate for.

/// The most a kept buffer may hold, in bytes: a document of some 30,000
/// tokens, forty times a long news article.
const KEEP_BYTES: usize = 1 << 20;

/// `v` if its memory is small enough to keep for the next document, else an
/// empty vector (and `v`'s memory freed).
pub(crate) fn kept<T>(v: Vec<T>) -> Vec<T> {
    if v.capacity().saturating_mul(std::mem::size_of::<T>()) <= KEEP_BYTES {
        v
    } else {
        Vec::new()
    }
}

/// [`kept`] for a string.
pub(crate) fn kept_string(s: String) -> String {
    if s.capacity() <= KEEP_BYTES {
        s
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_buffers_are_kept_and_large_ones_freed() {
        let small: Vec<u32> = Vec::with_capacity(1000);
        assert_eq!(kept(small).capacity(), 1000);
        let large: Vec<u32> = Vec::with_capacity(KEEP_BYTES / 4 + 1);
        assert_eq!(kept(large).capacity(), 0);
        assert_eq!(
            kept_string(String::with_capacity(KEEP_BYTES)).capacity(),
            KEEP_BYTES
        );
        assert_eq!(kept_string(String::with_capacity(KEEP_BYTES + 1)).capacity(), 0);
    }
}

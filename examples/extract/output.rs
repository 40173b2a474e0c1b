//! Where the output goes: standard output, or a file that can be cut back
//! to whole records when a write fails (a full disk, say).

use std::fs::File;
use std::io::{self, Write};

pub enum Sink<'a> {
    Stdout(io::StdoutLock<'a>),
    File(LineFile),
}

impl Write for Sink<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(s) => s.write(buf),
            Sink::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(s) => s.flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

/// A file that remembers where its last complete line ends, counting only
/// bytes the system accepted.
pub struct LineFile {
    file: File,
    written: u64,
    complete: u64,
}

impl LineFile {
    pub fn new(file: File) -> LineFile {
        LineFile {
            file,
            written: 0,
            complete: 0,
        }
    }

    /// Truncates the file after its last complete line; returns its length.
    pub fn cut_to_complete_lines(&mut self) -> io::Result<u64> {
        self.file.set_len(self.complete)?;
        Ok(self.complete)
    }
}

impl Write for LineFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        if let Some(last) = buf[..n].iter().rposition(|&b| b == b'\n') {
            self.complete = self.written + last as u64 + 1;
        }
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

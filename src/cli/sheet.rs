//! Reading a spreadsheet's CSV the way organisers save it: UTF-8 with or
//! without a BOM, `;` (a French spreadsheet) or `,`, rows of uneven length.

/// The text of a CSV file, or the line of its first byte that is not
/// UTF-8.
pub fn text(bytes: &[u8]) -> Result<&str, usize> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(t.strip_prefix('\u{feff}').unwrap_or(t)),
        Err(e) => Err(1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()),
    }
}

/// A reader whose delimiter is the one the header row uses most.
pub fn reader(text: &str) -> ::csv::Reader<&[u8]> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes())
}

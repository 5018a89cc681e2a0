//! Exports as CSV and as OpenDocument spreadsheets (.ods).
//!
//! Both writers take typed cells rather than strings, so amounts stay exact
//! integers up to the last character written: cents and percentages are
//! turned into decimal text by integer division, never through a float.
//! The .ods is a plain ZIP with every entry stored uncompressed: exports are
//! small, and it keeps the writer free of a compression dependency.

use super::charts::escape_xml;
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// An amount in euro cents: a currency cell in ODS, "-12.34" in CSV.
    Cents(i64),
    /// A percentage given as a whole percent: 25 is 25 %. In ODS it is a
    /// percentage cell (value 0.25); in CSV the whole percent, "25", since
    /// the column heading carries the unit.
    Percent(i64),
    Empty,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// RFC 4180 CSV: ',' separators and CRLF after every row, including the
/// last. Text is quoted when it contains , " CR or LF or starts or ends with
/// a space or tab, with inner quotes doubled; text a spreadsheet would take
/// for a formula (starting with = + - @ tab or CR) is prefixed with `'`.
///
/// No byte-order mark is written; a download meant for Excel should
/// prepend "\u{FEFF}" or accented text is read as Windows-1252.
pub fn csv(rows: &[Vec<Cell>]) -> String {
    let mut out = String::new();
    for row in rows {
        for (index, cell) in row.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            match cell {
                Cell::Text(text) => push_csv_text(&mut out, text),
                Cell::Int(value) => {
                    let _ = write!(out, "{value}");
                }
                Cell::Cents(cents) => out.push_str(&cents_decimal(*cents)),
                Cell::Percent(percent) => {
                    let _ = write!(out, "{percent}");
                }
                Cell::Empty => {}
            }
        }
        out.push_str("\r\n");
    }
    out
}

fn push_csv_text(out: &mut String, text: &str) {
    // A cell starting like a formula is evaluated by Excel and LibreOffice
    // when the file is opened (CSV injection); the apostrophe makes it text.
    let neutralised = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let field = if neutralised {
        format!("'{text}")
    } else {
        text.to_string()
    };
    let quoted = field.contains([',', '"', '\r', '\n'])
        || field.starts_with([' ', '\t'])
        || field.ends_with([' ', '\t']);
    if quoted {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&field);
    }
}

/// "-12.34" from -1234, "-0.05" from -5: exact, and correct for i64::MIN.
fn cents_decimal(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let magnitude = cents.unsigned_abs();
    format!("{sign}{}.{:02}", magnitude / 100, magnitude % 100)
}

/// A whole percent as a fraction without trailing zeros: 25 → "0.25",
/// 150 → "1.5", 5 → "0.05", 100 → "1".
fn percent_fraction(percent: i64) -> String {
    let sign = if percent < 0 { "-" } else { "" };
    let magnitude = percent.unsigned_abs();
    let (whole, hundredths) = (magnitude / 100, magnitude % 100);
    match hundredths {
        0 => format!("{sign}{whole}"),
        _ if hundredths % 10 == 0 => format!("{sign}{whole}.{}", hundredths / 10),
        _ => format!("{sign}{whole}.{hundredths:02}"),
    }
}

const MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

const NAMESPACES: &str = concat!(
    r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
    r#"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#,
    r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#,
    r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
    r#"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#,
    r#"xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0""#,
);

/// Currency shown with two decimals and the euro sign after a no-break
/// space; percentages as whole percents. The decimal and grouping
/// separators are left to the reader's locale.
const AUTOMATIC_STYLES: &str = concat!(
    "<office:automatic-styles>",
    r#"<number:currency-style style:name="N_EUR">"#,
    r#"<number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>"#,
    "<number:text>\u{A0}</number:text>",
    "<number:currency-symbol>€</number:currency-symbol>",
    "</number:currency-style>",
    r#"<number:percentage-style style:name="N_PCT">"#,
    r#"<number:number number:decimal-places="0" number:min-integer-digits="1"/>"#,
    "<number:text>%</number:text>",
    "</number:percentage-style>",
    r#"<style:style style:name="ce_eur" style:family="table-cell" style:data-style-name="N_EUR"/>"#,
    r#"<style:style style:name="ce_pct" style:family="table-cell" style:data-style-name="N_PCT"/>"#,
    "</office:automatic-styles>",
);

/// A valid OpenDocument spreadsheet (ODF 1.3), one table per sheet.
///
/// Sheet names lose the characters spreadsheets refuse (`[]*?:/\`, control
/// characters, and apostrophes at either end), are cut at 31 characters, and
/// get their position ("1", "2"…) when nothing is left; a name already used
/// (ignoring case) gets " (2)", " (3)"… With no sheet at all, the file still
/// holds one empty table, since office software refuses a workbook without.
pub fn ods(sheets: &[Sheet]) -> Vec<u8> {
    let manifest = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#,
            r#"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{}"/>"#,
            r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
            r#"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#,
            r#"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#,
            "</manifest:manifest>"
        ),
        MIMETYPE
    );
    let styles = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            "\n",
            r#"<office:document-styles {} office:version="1.3"><office:styles/></office:document-styles>"#
        ),
        NAMESPACES
    );
    let meta = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        "\n",
        r#"<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
        r#"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">"#,
        "<office:meta><meta:generator>Pot Commun</meta:generator></office:meta>",
        "</office:document-meta>"
    );
    let content = content_xml(sheets);
    zip_stored(&[
        ("mimetype", MIMETYPE.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
        ("styles.xml", styles.as_bytes()),
        ("meta.xml", meta.as_bytes()),
    ])
}

fn content_xml(sheets: &[Sheet]) -> String {
    let mut xml = String::new();
    let _ = write!(
        xml,
        r#"<?xml version="1.0" encoding="UTF-8"?>{}<office:document-content {NAMESPACES} office:version="1.3">"#,
        "\n"
    );
    xml.push_str(AUTOMATIC_STYLES);
    xml.push_str("<office:body><office:spreadsheet>");
    let empty = [Sheet {
        name: String::new(),
        rows: Vec::new(),
    }];
    let sheets = if sheets.is_empty() {
        &empty[..]
    } else {
        sheets
    };
    let mut taken: Vec<String> = Vec::new();
    for (position, sheet) in sheets.iter().enumerate() {
        let name = sheet_name(&sheet.name, position + 1, &taken);
        taken.push(name.to_lowercase());
        write_table(&mut xml, &name, &sheet.rows);
    }
    xml.push_str("</office:spreadsheet></office:body></office:document-content>");
    xml
}

const SHEET_NAME_MAX: usize = 31;

fn sheet_name(wanted: &str, position: usize, taken: &[String]) -> String {
    let cleaned: String = wanted
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | '*' | '?' | ':' | '/' | '\\') && !c.is_control())
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    let base: String = if cleaned.is_empty() {
        position.to_string()
    } else {
        cleaned.to_string()
    };
    let mut candidate: String = base.chars().take(SHEET_NAME_MAX).collect();
    let mut number = 2;
    while taken.contains(&candidate.to_lowercase()) {
        let suffix = format!(" ({number})");
        let room = SHEET_NAME_MAX.saturating_sub(suffix.chars().count());
        candidate = base
            .chars()
            .take(room)
            .collect::<String>()
            .trim_end()
            .to_string()
            + &suffix;
        number += 1;
    }
    candidate
}

fn write_table(xml: &mut String, name: &str, rows: &[Vec<Cell>]) {
    // The schema wants at least one column declaration and one row, each
    // row holding at least one cell.
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let _ = write!(
        xml,
        r#"<table:table table:name="{}"><table:table-column table:number-columns-repeated="{columns}"/>"#,
        escape_xml(name)
    );
    let no_rows = [Vec::new()];
    let rows = if rows.is_empty() { &no_rows[..] } else { rows };
    for row in rows {
        xml.push_str("<table:table-row>");
        if row.is_empty() {
            xml.push_str("<table:table-cell/>");
        }
        for cell in row {
            write_cell(xml, cell);
        }
        xml.push_str("</table:table-row>");
    }
    xml.push_str("</table:table>");
}

fn write_cell(xml: &mut String, cell: &Cell) {
    match cell {
        Cell::Text(text) => {
            xml.push_str(r#"<table:table-cell office:value-type="string">"#);
            push_paragraphs(xml, text);
            xml.push_str("</table:table-cell>");
        }
        Cell::Int(value) => {
            let _ = write!(
                xml,
                r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
            );
        }
        Cell::Cents(cents) => {
            let value = cents_decimal(*cents);
            let _ = write!(
                xml,
                r#"<table:table-cell table:style-name="ce_eur" office:value-type="currency" office:currency="EUR" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
            );
        }
        Cell::Percent(percent) => {
            let _ = write!(
                xml,
                r#"<table:table-cell table:style-name="ce_pct" office:value-type="percentage" office:value="{}"><text:p>{percent}%</text:p></table:table-cell>"#,
                percent_fraction(*percent)
            );
        }
        Cell::Empty => xml.push_str("<table:table-cell/>"),
    }
}

/// One `<text:p>` per line. ODF collapses runs of spaces and drops them at
/// the edges of a paragraph, so every space but a single one between two
/// other characters is written as `<text:s/>`, and tabs as `<text:tab/>`.
fn push_paragraphs(xml: &mut String, text: &str) {
    for line in text.split("\r\n").flat_map(|line| line.split(['\n', '\r'])) {
        xml.push_str("<text:p>");
        let chars: Vec<char> = line.chars().collect();
        let mut index = 0;
        while index < chars.len() {
            match chars[index] {
                ' ' => {
                    let run = chars[index..].iter().take_while(|c| **c == ' ').count();
                    let inside = index > 0 && index + run < chars.len();
                    let mut spaces = run;
                    if inside {
                        xml.push(' ');
                        spaces -= 1;
                    }
                    match spaces {
                        0 => {}
                        1 => xml.push_str("<text:s/>"),
                        _ => {
                            let _ = write!(xml, r#"<text:s text:c="{spaces}"/>"#);
                        }
                    }
                    index += run;
                }
                '\t' => {
                    xml.push_str("<text:tab/>");
                    index += 1;
                }
                other => {
                    let mut buffer = [0u8; 4];
                    xml.push_str(&escape_xml(other.encode_utf8(&mut buffer)));
                    index += 1;
                }
            }
        }
        xml.push_str("</text:p>");
    }
}

/// 1980-01-01, the earliest DOS date: a fixed stamp keeps exports
/// byte-identical for identical data.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;

/// Exports are far below the 4 GiB a plain (non-ZIP64) archive can
/// address; saturating keeps the writer total instead of panicking.
fn u32_of(size: usize) -> u32 {
    u32::try_from(size).unwrap_or(u32::MAX)
}

fn u16_of(size: usize) -> u16 {
    u16::try_from(size).unwrap_or(u16::MAX)
}

/// A ZIP archive whose entries are all stored (method 0), in the given
/// order, without extra fields, comments or data descriptors.
fn zip_stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for (name, data) in entries {
        let offset = u32_of(out.len());
        let crc = crc32fast::hash(data);
        let size = u32_of(data.len());
        let name_length = u16_of(name.len());

        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&10u16.to_le_bytes()); // version needed: 1.0, stored
        out.extend_from_slice(&0u16.to_le_bytes()); // flags
        out.extend_from_slice(&0u16.to_le_bytes()); // method: stored
        out.extend_from_slice(&DOS_TIME.to_le_bytes());
        out.extend_from_slice(&DOS_DATE.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes()); // compressed
        out.extend_from_slice(&size.to_le_bytes()); // uncompressed
        out.extend_from_slice(&name_length.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by: MS-DOS, 2.0
        central.extend_from_slice(&10u16.to_le_bytes()); // version needed
        central.extend_from_slice(&0u16.to_le_bytes()); // flags
        central.extend_from_slice(&0u16.to_le_bytes()); // method
        central.extend_from_slice(&DOS_TIME.to_le_bytes());
        central.extend_from_slice(&DOS_DATE.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_length.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes()); // extra field length
        central.extend_from_slice(&0u16.to_le_bytes()); // comment length
        central.extend_from_slice(&0u16.to_le_bytes()); // disk number start
        central.extend_from_slice(&0u16.to_le_bytes()); // internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = u32_of(out.len());
    let central_size = u32_of(central.len());
    let count = u16_of(entries.len());
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // this disk
    out.extend_from_slice(&0u16.to_le_bytes()); // disk with the central directory
    out.extend_from_slice(&count.to_le_bytes()); // entries on this disk
    out.extend_from_slice(&count.to_le_bytes()); // entries in total
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    out
}

#[cfg(test)]
mod tests {
    use super::super::charts::xmlcheck::{Element, check};
    use super::*;

    fn text(value: &str) -> Cell {
        Cell::Text(value.to_string())
    }

    #[test]
    fn csv_writes_numbers_exactly() {
        let rows = vec![
            vec![
                Cell::Cents(1234),
                Cell::Cents(-1234),
                Cell::Cents(-5),
                Cell::Cents(0),
                Cell::Cents(7),
            ],
            vec![Cell::Cents(i64::MIN), Cell::Cents(i64::MAX)],
            vec![
                Cell::Int(-42),
                Cell::Percent(25),
                Cell::Percent(-3),
                Cell::Empty,
                Cell::Int(0),
            ],
        ];
        assert_eq!(
            csv(&rows),
            "12.34,-12.34,-0.05,0.00,0.07\r\n\
             -92233720368547758.08,92233720368547758.07\r\n\
             -42,25,-3,,0\r\n"
        );
        assert_eq!(csv(&[]), "");
        assert_eq!(csv(&[vec![], vec![Cell::Empty, Cell::Empty]]), "\r\n,\r\n");
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let rows = vec![vec![
            text("plain"),
            text("a,b"),
            text("say \"hi\""),
            text("two\nlines"),
            text("cr\rhere"),
            text(" padded"),
            text("padded "),
            text("in side"),
            text(""),
            text("é ü €"),
        ]];
        assert_eq!(
            csv(&rows),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" padded\",\"padded \",in side,,é ü €\r\n"
        );
    }

    #[test]
    fn csv_neutralises_formulas() {
        let rows = vec![vec![
            text("=SUM(A1:A2)"),
            text("+33 6 12"),
            text("-5"),
            text("@cmd"),
            text("\tx"),
            text("\rx"),
            text("=HYPERLINK(\"http://x\",\"y\")"),
            text("a=b"),
            Cell::Int(-5),
            Cell::Cents(-5),
        ]];
        assert_eq!(
            csv(&rows),
            "'=SUM(A1:A2),'+33 6 12,'-5,'@cmd,'\tx,\"'\rx\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a=b,-5,-0.05\r\n"
        );
    }

    #[test]
    fn percentages_become_exact_fractions() {
        let cases = [
            (25, "0.25"),
            (150, "1.5"),
            (5, "0.05"),
            (100, "1"),
            (0, "0"),
            (10, "0.1"),
            (-25, "-0.25"),
            (1234, "12.34"),
        ];
        for (percent, fraction) in cases {
            assert_eq!(percent_fraction(percent), fraction);
        }
        assert_eq!(percent_fraction(i64::MIN), "-92233720368547758.08");
    }

    /// One entry of the archive as the reader found it.
    struct Entry {
        name: String,
        data: Vec<u8>,
        offset: usize,
    }

    fn u16_at(bytes: &[u8], at: usize) -> usize {
        usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]))
    }

    fn u32_at(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
    }

    /// Walks the local headers, then checks the central directory and the
    /// end record against them.
    fn read_zip(bytes: &[u8]) -> Vec<Entry> {
        let mut entries = Vec::new();
        let mut at = 0;
        while u32_at(bytes, at) == 0x0403_4b50 {
            assert_eq!(u16_at(bytes, at + 6), 0, "flags");
            assert_eq!(u16_at(bytes, at + 8), 0, "stored");
            let crc = u32_at(bytes, at + 14);
            let compressed = u32_at(bytes, at + 18) as usize;
            let size = u32_at(bytes, at + 22) as usize;
            assert_eq!(compressed, size);
            let name_length = u16_at(bytes, at + 26);
            let extra = u16_at(bytes, at + 28);
            let name = String::from_utf8(bytes[at + 30..at + 30 + name_length].to_vec()).unwrap();
            let start = at + 30 + name_length + extra;
            let data = bytes[start..start + size].to_vec();
            assert_eq!(crc32fast::hash(&data), crc, "{name}");
            entries.push(Entry {
                name,
                data,
                offset: at,
            });
            at = start + size;
        }
        let end = bytes.len() - 22;
        assert_eq!(u32_at(bytes, end), 0x0605_4b50);
        assert_eq!(u16_at(bytes, end + 20), 0, "comment");
        assert_eq!(u16_at(bytes, end + 8), entries.len());
        assert_eq!(u16_at(bytes, end + 10), entries.len());
        let central_size = u32_at(bytes, end + 12) as usize;
        let central_offset = u32_at(bytes, end + 16) as usize;
        assert_eq!(
            central_offset, at,
            "the central directory follows the last entry"
        );
        assert_eq!(central_offset + central_size, end);
        let mut at = central_offset;
        for entry in &entries {
            assert_eq!(u32_at(bytes, at), 0x0201_4b50);
            assert_eq!(u16_at(bytes, at + 10), 0);
            assert_eq!(u32_at(bytes, at + 16), crc32fast::hash(&entry.data));
            assert_eq!(u32_at(bytes, at + 20) as usize, entry.data.len());
            assert_eq!(u32_at(bytes, at + 24) as usize, entry.data.len());
            let name_length = u16_at(bytes, at + 28);
            let extra = u16_at(bytes, at + 30);
            let comment = u16_at(bytes, at + 32);
            assert_eq!(u32_at(bytes, at + 42) as usize, entry.offset);
            assert_eq!(
                &bytes[at + 46..at + 46 + name_length],
                entry.name.as_bytes()
            );
            at += 46 + name_length + extra + comment;
        }
        assert_eq!(at, end);
        entries
    }

    fn sample() -> Vec<Sheet> {
        vec![
            Sheet {
                name: "Cycles: 2024/25 [brouillon]".to_string(),
                rows: vec![
                    vec![text("Mois"), text("Montant"), text("Part"), text("Foyers")],
                    vec![
                        text("janv."),
                        Cell::Cents(123_456),
                        Cell::Percent(25),
                        Cell::Int(42),
                    ],
                    vec![
                        text("févr. & <mars>"),
                        Cell::Cents(-5),
                        Cell::Percent(150),
                        Cell::Empty,
                    ],
                    vec![],
                    vec![
                        text("  two  spaces\there\nsecond line "),
                        Cell::Empty,
                        Cell::Percent(5),
                    ],
                ],
            },
            Sheet {
                name: "'Quoted'".to_string(),
                rows: vec![],
            },
            Sheet {
                name: "quoted".to_string(),
                rows: vec![vec![Cell::Int(1)]],
            },
            Sheet {
                name: "x".repeat(40),
                rows: vec![],
            },
            Sheet {
                name: "x".repeat(40),
                rows: vec![],
            },
            Sheet {
                name: "?*".to_string(),
                rows: vec![],
            },
        ]
    }

    fn content_of(bytes: &[u8]) -> (Vec<Entry>, Vec<Element>) {
        let entries = read_zip(bytes);
        let content = entries.iter().find(|e| e.name == "content.xml").unwrap();
        let xml = String::from_utf8(content.data.clone()).unwrap();
        let elements = check(&xml).unwrap_or_else(|error| panic!("{error}\n{xml}"));
        (entries, elements)
    }

    #[test]
    fn ods_is_a_valid_stored_zip_starting_with_its_mimetype() {
        let bytes = ods(&sample());
        assert_eq!(&bytes[30..38], b"mimetype");
        assert_eq!(&bytes[38..38 + MIMETYPE.len()], MIMETYPE.as_bytes());
        assert_eq!(u16_at(&bytes, 28), 0, "no extra field on mimetype");
        let (entries, _) = content_of(&bytes);
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "mimetype",
                "META-INF/manifest.xml",
                "content.xml",
                "styles.xml",
                "meta.xml"
            ]
        );
        assert_eq!(entries[0].data, MIMETYPE.as_bytes());
        for entry in &entries[1..] {
            let xml = String::from_utf8(entry.data.clone()).unwrap();
            check(&xml).unwrap_or_else(|error| panic!("{}: {error}", entry.name));
        }
        // Same data, same bytes.
        assert_eq!(ods(&sample()), bytes);
    }

    #[test]
    fn ods_cells_carry_exact_typed_values() {
        let (_, elements) = content_of(&ods(&sample()));
        let root = &elements[0];
        assert_eq!(root.name, "office:document-content");
        assert_eq!(root.attribute("office:version"), Some("1.3"));
        for prefix in ["office", "table", "text", "style", "fo", "number"] {
            assert!(
                root.attribute(&format!("xmlns:{prefix}")).is_some(),
                "{prefix}"
            );
        }
        let cells: Vec<&Element> = elements
            .iter()
            .filter(|e| e.name == "table:table-cell")
            .collect();
        let typed: Vec<(Option<&str>, Option<&str>)> = cells
            .iter()
            .map(|c| {
                (
                    c.attribute("office:value-type"),
                    c.attribute("office:value"),
                )
            })
            .collect();
        assert_eq!(typed[5], (Some("currency"), Some("1234.56")));
        assert_eq!(cells[5].attribute("office:currency"), Some("EUR"));
        assert_eq!(typed[6], (Some("percentage"), Some("0.25")));
        assert_eq!(typed[7], (Some("float"), Some("42")));
        assert_eq!(typed[9], (Some("currency"), Some("-0.05")));
        assert_eq!(typed[10], (Some("percentage"), Some("1.5")));
        assert_eq!(typed[11], (None, None));
        assert_eq!(typed[15], (Some("percentage"), Some("0.05")));
        assert!(cells[11].attributes.is_empty());
        let paragraphs: Vec<&str> = elements
            .iter()
            .filter(|e| e.name == "text:p")
            .map(|e| e.text.as_str())
            .collect();
        assert!(paragraphs.contains(&"févr. & <mars>"));
        // Each row has at least one cell, an empty one included.
        let mut cells_in_row = None;
        for element in &elements {
            match element.name.as_str() {
                "table:table-row" => {
                    assert_ne!(cells_in_row, Some(0));
                    cells_in_row = Some(0);
                }
                "table:table-cell" => cells_in_row = cells_in_row.map(|n| n + 1),
                "table:table" => cells_in_row = None,
                _ => {}
            }
        }
    }

    #[test]
    fn ods_keeps_spaces_tabs_and_lines() {
        let mut xml = String::new();
        push_paragraphs(&mut xml, "  two  spaces\there\nsecond line \r\nthird");
        assert_eq!(
            xml,
            concat!(
                r#"<text:p><text:s text:c="2"/>two <text:s/>spaces<text:tab/>here</text:p>"#,
                "<text:p>second line<text:s/></text:p>",
                "<text:p>third</text:p>"
            )
        );
        let mut xml = String::new();
        push_paragraphs(&mut xml, "");
        assert_eq!(xml, "<text:p></text:p>");
        let mut xml = String::new();
        push_paragraphs(&mut xml, " ");
        assert_eq!(xml, "<text:p><text:s/></text:p>");
    }

    #[test]
    fn sheet_names_are_cleaned_cut_and_unique() {
        let (_, elements) = content_of(&ods(&sample()));
        let names: Vec<&str> = elements
            .iter()
            .filter(|e| e.name == "table:table")
            .map(|e| e.attribute("table:name").unwrap())
            .collect();
        let x31 = "x".repeat(31);
        let x27 = format!("{} (2)", "x".repeat(27));
        assert_eq!(
            names,
            [
                "Cycles 202425 brouillon",
                "Quoted",
                "quoted (2)",
                &x31,
                &x27,
                "6"
            ]
        );
        assert!(names.iter().all(|name| name.chars().count() <= 31));

        let (_, elements) = content_of(&ods(&[]));
        assert_eq!(
            elements.iter().filter(|e| e.name == "table:table").count(),
            1
        );

        let nasty = Sheet {
            name: "a&b<c>\"d\"".to_string(),
            rows: vec![vec![text("<&>\"'\u{1}")]],
        };
        let (_, elements) = content_of(&ods(&[nasty]));
        let table = elements.iter().find(|e| e.name == "table:table").unwrap();
        assert_eq!(table.attribute("table:name"), Some("a&b<c>\"d\""));
        assert!(
            elements
                .iter()
                .any(|e| e.name == "text:p" && e.text == "<&>\"'")
        );
    }

    #[test]
    fn many_random_sheets_stay_well_formed() {
        let mut state: u64 = 0x0d5_f00d;
        let mut next = |below: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % below
        };
        let alphabet = [
            'a', ' ', '<', '&', '"', '\'', '\n', '\t', '=', 'é', ',', '\u{7}', '€',
        ];
        for _ in 0..100 {
            let sheets: Vec<Sheet> = (0..next(4))
                .map(|_| Sheet {
                    name: (0..next(40)).map(|_| alphabet[next(13) as usize]).collect(),
                    rows: (0..next(6))
                        .map(|_| {
                            (0..next(5))
                                .map(|_| match next(5) {
                                    0 => Cell::Text(
                                        (0..next(12))
                                            .map(|_| alphabet[next(13) as usize])
                                            .collect(),
                                    ),
                                    1 => Cell::Int(next(u64::MAX) as i64),
                                    2 => Cell::Cents(next(u64::MAX) as i64),
                                    3 => Cell::Percent(next(1_000) as i64 - 500),
                                    _ => Cell::Empty,
                                })
                                .collect()
                        })
                        .collect(),
                })
                .collect();
            let (entries, elements) = content_of(&ods(&sheets));
            assert_eq!(entries.len(), 5);
            let tables = elements.iter().filter(|e| e.name == "table:table").count();
            assert_eq!(tables, sheets.len().max(1));
            let mut names: Vec<String> = elements
                .iter()
                .filter(|e| e.name == "table:table")
                .map(|e| e.attribute("table:name").unwrap().to_lowercase())
                .collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), tables);
            let rows: Vec<Vec<Cell>> = sheets.into_iter().flat_map(|s| s.rows).collect();
            let written = csv(&rows);
            assert!(written.matches("\r\n").count() >= rows.len());
        }
    }
}

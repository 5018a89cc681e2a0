//! Bar charts drawn on the server as SVG strings.
//!
//! The page places each chart next to a table holding the same figures, so
//! the drawing only has to be legible, not the sole carrier of the data: it
//! is one labelled image (`role="img"` with a title and a description) for
//! assistive technology, and its parts carry no words of their own. Every
//! piece of text (titles, axis labels, legend names, values) comes from the
//! caller already translated and formatted, so the module stays free of any
//! language. All geometry is integer arithmetic, so the same figures always
//! give byte-identical SVG on the server and in tests.

use std::fmt::Write;

/// One stacked layer: a name for the legend and one value per category.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// One value per category (x position); >= 0. Missing trailing values
    /// count as 0 and negative ones are drawn as 0.
    pub values: Vec<i64>,
}

pub struct BarChart<'a> {
    /// Unique within the page: the title and description get
    /// `{id}-title` and `{id}-desc` as their ids.
    pub id: &'a str,
    pub title: &'a str,
    /// One sentence summing the chart up for screen readers.
    pub desc: &'a str,
    /// Labels under the bars (e.g. months "janv.", "févr.").
    pub categories: &'a [String],
    /// Stacked in order, bottom first; the n-th series takes the n-th
    /// colour of the palette (cycling after six).
    pub series: &'a [Series],
    /// How a raw value is written (money, counts): used for the scale and
    /// for each segment's tooltip.
    pub format: &'a dyn Fn(i64) -> String,
}

/// Okabe–Ito blue, vermillion, bluish green and reddish purple, with Tol's
/// indigo and a dark grey instead of Okabe–Ito's orange and sky blue: those
/// two stay under 3:1 against white, and a darkened orange is confused with
/// vermillion by protanopes. Every colour here reaches at least 3:1 on white
/// and each pair stays apart under simulated protanopia, deuteranopia and
/// tritanopia.
pub const PALETTE: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#332288", "#4D4D4D",
];

const FONT_SIZE: i64 = 12;
/// A rough average glyph advance at `FONT_SIZE`: only used to leave room
/// for labels, since the server cannot measure the page's font.
const CHAR_WIDTH: i64 = 7;
const COLUMN: i64 = 48;
const BAR: i64 = 32;
const TOP: i64 = 16;
const PLOT_HEIGHT: i64 = 200;
/// Below the plot: the category labels. TOP + PLOT_HEIGHT + this is the
/// height of a chart without legend.
const UNDER_PLOT: i64 = 44;
const RIGHT: i64 = 16;
const LEGEND_ROW: i64 = 20;
const SWATCH: i64 = 14;
/// Margin kept between stacked segments so neighbours are told apart by
/// the page background, whatever it is, and not only by colour.
const SEGMENT_GAP: i64 = 1;

/// Stacked vertical bars, one column per category, a y scale from 0 to a
/// round value, and a legend below with one row per series.
///
/// Only segments with a value above zero get a `<rect>` (the legend
/// swatches are paths), each with the formatted value as tooltip and the
/// series name in `data-series`.
pub fn stacked_bars(chart: &BarChart) -> String {
    let columns: Vec<Vec<(usize, i64)>> = (0..chart.categories.len())
        .map(|category| {
            chart
                .series
                .iter()
                .enumerate()
                .map(|(index, series)| {
                    (
                        index,
                        series.values.get(category).copied().unwrap_or(0).max(0),
                    )
                })
                .collect()
        })
        .collect();
    let largest = columns
        .iter()
        .map(|column| {
            column
                .iter()
                .fold(0i64, |sum, (_, value)| sum.saturating_add(*value))
        })
        .max()
        .unwrap_or(0);
    let names: Vec<&str> = chart
        .series
        .iter()
        .map(|series| series.name.as_str())
        .collect();
    render(&Layout {
        id: chart.id,
        title: chart.title,
        desc: chart.desc,
        categories: chart.categories,
        columns: &columns,
        legend: &names,
        scale: nice_scale(largest),
        format: chart.format,
    })
}

/// A share in percent per category (e.g. fruit and vegetables share per
/// month), drawn as bars 0–100 %.
///
/// `None` means no data for that category and draws nothing; so does 0.
/// Shares above 100 are drawn as 100 (their tooltip keeps the real figure).
pub fn percent_bars(
    id: &str,
    title: &str,
    desc: &str,
    categories: &[String],
    percents: &[Option<i64>],
    format: &dyn Fn(i64) -> String,
) -> String {
    let columns: Vec<Vec<(usize, i64)>> = (0..categories.len())
        .map(|category| match percents.get(category).copied().flatten() {
            Some(percent) => vec![(0, percent.max(0))],
            None => Vec::new(),
        })
        .collect();
    render(&Layout {
        id,
        title,
        desc,
        categories,
        columns: &columns,
        legend: &[],
        scale: Scale { top: 100, steps: 5 },
        format,
    })
}

/// Escapes text for XML content and attribute values. Characters XML 1.0
/// forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) are
/// dropped, since a single one makes the whole document unreadable.
pub(crate) fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => {}
            _ => out.push(c),
        }
    }
    out
}

/// The y axis: from 0 to `top`, cut into `steps` equal intervals.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Scale {
    top: i64,
    steps: i64,
}

impl Scale {
    /// The value of gridline `step` (0 is the axis). With a round top the
    /// division is exact; the fallback for huge values floors.
    fn value(self, step: i64) -> i64 {
        let value = i128::from(self.top) * i128::from(step) / i128::from(self.steps);
        i64::try_from(value).unwrap_or(i64::MAX)
    }

    /// Pixels above the axis for `value`, rounded to the nearest pixel and
    /// kept inside the plot.
    fn height(self, value: i64) -> i64 {
        let value = i128::from(value.clamp(0, self.top));
        let top = i128::from(self.top);
        let pixels = (value * i128::from(PLOT_HEIGHT) * 2 + top) / (2 * top);
        i64::try_from(pixels).unwrap_or(PLOT_HEIGHT)
    }
}

/// The smallest 1, 2 or 5 × 10^k at or above `largest`, at least 5, with a
/// number of intervals (4 or 5) that keeps every gridline a whole number:
/// 5 → 1 each, 10 → 2, 20 → 5, 50 → 10, 100 → 20…
fn nice_scale(largest: i64) -> Scale {
    if largest <= 5 {
        return Scale { top: 5, steps: 5 };
    }
    let mut power: i64 = 10;
    loop {
        for (factor, steps) in [(1, 5), (2, 4), (5, 5)] {
            match power.checked_mul(factor) {
                Some(top) if top >= largest => return Scale { top, steps },
                Some(_) => {}
                // Beyond 10^18 no round value fits in an i64: the stack
                // itself becomes the top and the gridlines are floored.
                None => {
                    return Scale {
                        top: largest,
                        steps: 5,
                    };
                }
            }
        }
        match power.checked_mul(10) {
            Some(next) => power = next,
            None => {
                return Scale {
                    top: largest,
                    steps: 5,
                };
            }
        }
    }
}

struct Layout<'a> {
    id: &'a str,
    title: &'a str,
    desc: &'a str,
    categories: &'a [String],
    /// Per category, the stack bottom first: palette index and value.
    columns: &'a [Vec<(usize, i64)>],
    /// Series names, in palette order; empty for no legend.
    legend: &'a [&'a str],
    scale: Scale,
    format: &'a dyn Fn(i64) -> String,
}

fn text_width(text: &str) -> i64 {
    i64::try_from(text.chars().count())
        .unwrap_or(i64::MAX / CHAR_WIDTH)
        .saturating_mul(CHAR_WIDTH)
}

fn colour(index: usize) -> &'static str {
    PALETTE[index % PALETTE.len()]
}

fn render(layout: &Layout) -> String {
    let scale = layout.scale;
    let ticks: Vec<(i64, String)> = (0..=scale.steps)
        .map(|step| (step, (layout.format)(scale.value(step))))
        .collect();

    let left = ticks
        .iter()
        .map(|(_, label)| text_width(label))
        .max()
        .unwrap_or(0)
        .saturating_add(16)
        .max(32);
    // A column is as wide as its widest label ("sept. 2026"), so labels
    // never run into each other.
    let column = layout.categories.iter().map(|c| text_width(c)).max().unwrap_or(0).saturating_add(10).max(COLUMN);
    let count = i64::try_from(layout.categories.len()).unwrap_or(i64::MAX / column);
    // An empty chart keeps one column's width so its axis stays visible.
    let plot_width = count.max(1).saturating_mul(column);
    let legend_width = layout
        .legend
        .iter()
        .map(|name| text_width(name))
        .max()
        .map_or(0, |widest| widest.saturating_add(16 + SWATCH + 8 + RIGHT));
    let width = left
        .saturating_add(plot_width)
        .saturating_add(RIGHT)
        .max(legend_width);
    let legend_rows = i64::try_from(layout.legend.len()).unwrap_or(0);
    let base = TOP + PLOT_HEIGHT + UNDER_PLOT;
    let height = if legend_rows == 0 {
        base
    } else {
        base + 8 + legend_rows.saturating_mul(LEGEND_ROW)
    };
    let axis_y = TOP + PLOT_HEIGHT;

    let id = escape_xml(layout.id);
    let mut svg = String::new();
    // `fmt::Write` into a String cannot fail, so results are ignored.
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart">"#
    );
    let _ = write!(
        svg,
        r#"<title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape_xml(layout.title),
        escape_xml(layout.desc)
    );

    // Text and lines follow the page's text colour, so a dark theme needs
    // no second rendering.
    let _ = write!(
        svg,
        r#"<g class="chart-grid" stroke="currentColor" stroke-opacity="0.2">"#
    );
    for (step, _) in ticks.iter().skip(1) {
        let y = axis_y - PLOT_HEIGHT * step / scale.steps;
        let _ = write!(
            svg,
            r#"<line x1="{left}" y1="{y}" x2="{}" y2="{y}"/>"#,
            left + plot_width
        );
    }
    let _ = write!(svg, "</g>");

    let _ = write!(
        svg,
        r#"<g class="chart-scale" fill="currentColor" font-size="{FONT_SIZE}" text-anchor="end">"#
    );
    for (step, label) in &ticks {
        let y = axis_y - PLOT_HEIGHT * step / scale.steps + 4;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{y}">{}</text>"#,
            left - 8,
            escape_xml(label)
        );
    }
    let _ = write!(svg, "</g>");

    let _ = write!(
        svg,
        r#"<g class="chart-categories" fill="currentColor" font-size="{FONT_SIZE}" text-anchor="middle">"#
    );
    for (index, label) in layout.categories.iter().enumerate() {
        let x = left + column_offset(index, column) + column / 2;
        let _ = write!(
            svg,
            r#"<text x="{x}" y="{}">{}</text>"#,
            axis_y + 18,
            escape_xml(label)
        );
    }
    let _ = write!(svg, "</g>");

    let _ = write!(svg, r#"<g class="chart-bars">"#);
    for (index, stack) in layout.columns.iter().enumerate() {
        let x = left + column_offset(index, column) + (column - BAR) / 2;
        draw_column(&mut svg, layout, stack, x, axis_y);
    }
    let _ = write!(svg, "</g>");

    let _ = write!(
        svg,
        r#"<line class="chart-axis" x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="currentColor"/>"#,
        left + plot_width
    );

    if !layout.legend.is_empty() {
        let _ = write!(svg, r#"<g class="chart-legend" font-size="{FONT_SIZE}">"#);
        for (index, name) in layout.legend.iter().enumerate() {
            let row = i64::try_from(index).unwrap_or(0);
            let y = base + 8 + row * LEGEND_ROW;
            // A path rather than a rect: `<rect` is kept for data segments,
            // which lets tests and pages count bars by their tag.
            let _ = write!(
                svg,
                r#"<path d="M16 {y}h{SWATCH}v{SWATCH}h-{SWATCH}z" fill="{}"/><text x="{}" y="{}" fill="currentColor">{}</text>"#,
                colour(index),
                16 + SWATCH + 8,
                y + SWATCH - 2,
                escape_xml(name)
            );
        }
        let _ = write!(svg, "</g>");
    }
    svg.push_str("</svg>");
    svg
}

fn column_offset(index: usize, column: i64) -> i64 {
    i64::try_from(index).unwrap_or(0).saturating_mul(column)
}

/// Draws one stack. Each boundary is placed from the running total rather
/// than by adding rounded heights, so rounding never accumulates; a
/// non-zero segment still gets at least one visible pixel above the gap,
/// as long as the plot has room.
fn draw_column(svg: &mut String, layout: &Layout, column: &[(usize, i64)], x: i64, axis_y: i64) {
    let scale = layout.scale;
    let mut total: i64 = 0;
    let mut bottom = axis_y;
    let mut first = true;
    for &(index, value) in column {
        if value <= 0 {
            continue;
        }
        total = total.saturating_add(value);
        let gap = if first { 0 } else { SEGMENT_GAP };
        let top = (axis_y - scale.height(total))
            .min(bottom - gap - 1)
            .max(TOP);
        let height = (bottom - top - gap).max(0);
        let series = layout.legend.get(index).map(|name| escape_xml(name));
        let _ = write!(
            svg,
            r#"<rect class="bar" x="{x}" y="{top}" width="{BAR}" height="{height}" fill="{}""#,
            colour(index)
        );
        if let Some(series) = series {
            let _ = write!(svg, r#" data-series="{series}""#);
        }
        let _ = write!(
            svg,
            "><title>{}</title></rect>",
            escape_xml(&(layout.format)(value))
        );
        bottom = top;
        first = false;
    }
}

/// A strict, minimal well-formedness checker for what the writers in this
/// module and in `spreadsheet` produce (no DTDs, no CDATA, no processing
/// instructions other than the XML declaration).
#[cfg(test)]
pub(crate) mod xmlcheck {
    #[derive(Clone, Debug, PartialEq)]
    pub struct Element {
        pub name: String,
        pub attributes: Vec<(String, String)>,
        /// The element's own text (children's text excluded), unescaped.
        pub text: String,
    }

    impl Element {
        pub fn attribute(&self, name: &str) -> Option<&str> {
            self.attributes
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
        }
    }

    fn is_name_char(c: char) -> bool {
        c.is_alphanumeric() || matches!(c, ':' | '_' | '-' | '.')
    }

    /// Resolves entities, rejecting raw `<`, a bare `&`, and (stricter than
    /// XML, since our writers always escape it) a raw `>`.
    fn unescape(raw: &str) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = raw;
        while let Some(c) = rest.chars().next() {
            match c {
                '<' => return Err(format!("raw '<' in {raw:?}")),
                '>' => return Err(format!("raw '>' in {raw:?}")),
                '&' => {
                    let end = rest
                        .find(';')
                        .ok_or_else(|| format!("unterminated entity in {raw:?}"))?;
                    let entity = &rest[1..end];
                    let resolved = match entity {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        _ => {
                            let code = if let Some(hex) = entity.strip_prefix("#x") {
                                u32::from_str_radix(hex, 16).ok()
                            } else if let Some(decimal) = entity.strip_prefix('#') {
                                decimal.parse().ok()
                            } else {
                                None
                            };
                            code.and_then(char::from_u32)
                                .ok_or_else(|| format!("bad entity &{entity};"))?
                        }
                    };
                    out.push(resolved);
                    rest = &rest[end + 1..];
                }
                _ => {
                    if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') {
                        return Err(format!("control character {:?}", c));
                    }
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
        }
        Ok(out)
    }

    /// Checks `xml` and returns its elements in document order.
    pub fn check(xml: &str) -> Result<Vec<Element>, String> {
        let mut rest = xml;
        if let Some(after) = rest.strip_prefix("<?xml ") {
            let end = after.find("?>").ok_or("unterminated declaration")?;
            rest = &after[end + 2..];
        }
        let mut elements: Vec<Element> = Vec::new();
        // Open elements, as indexes into `elements`.
        let mut stack: Vec<usize> = Vec::new();
        let mut roots = 0;
        while !rest.is_empty() {
            let Some(start) = rest.find('<') else {
                let text = unescape(rest)?;
                match stack.last() {
                    Some(&open) => elements[open].text.push_str(&text),
                    None if text.trim().is_empty() => {}
                    None => return Err(format!("text outside the root: {text:?}")),
                }
                break;
            };
            let text = unescape(&rest[..start])?;
            match stack.last() {
                Some(&open) => elements[open].text.push_str(&text),
                None if text.trim().is_empty() => {}
                None => return Err(format!("text outside the root: {text:?}")),
            }
            rest = &rest[start + 1..];
            if let Some(after) = rest.strip_prefix("!--") {
                let end = after.find("-->").ok_or("unterminated comment")?;
                rest = &after[end + 3..];
                continue;
            }
            if let Some(after) = rest.strip_prefix('/') {
                let end = after.find('>').ok_or("unterminated end tag")?;
                let name = after[..end].trim_end();
                let open = stack
                    .pop()
                    .ok_or_else(|| format!("</{name}> closes nothing"))?;
                if elements[open].name != name {
                    return Err(format!("</{name}> closes <{}>", elements[open].name));
                }
                rest = &after[end + 1..];
                continue;
            }
            let name_end = rest
                .find(|c: char| !is_name_char(c))
                .ok_or("unterminated tag")?;
            let name = &rest[..name_end];
            if name.is_empty()
                || name.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
            {
                return Err(format!(
                    "bad element name at {:?}",
                    &rest[..rest.len().min(20)]
                ));
            }
            if stack.is_empty() {
                roots += 1;
                if roots > 1 {
                    return Err(format!("second root <{name}>"));
                }
            }
            let mut element = Element {
                name: name.to_string(),
                attributes: Vec::new(),
                text: String::new(),
            };
            rest = &rest[name_end..];
            loop {
                let trimmed = rest.trim_start();
                let had_space = trimmed.len() < rest.len();
                rest = trimmed;
                if let Some(after) = rest.strip_prefix("/>") {
                    rest = after;
                    elements.push(element);
                    break;
                }
                if let Some(after) = rest.strip_prefix('>') {
                    rest = after;
                    stack.push(elements.len());
                    elements.push(element);
                    break;
                }
                if !had_space {
                    return Err(format!("no space before an attribute of <{name}>"));
                }
                let key_end = rest
                    .find(|c: char| !is_name_char(c))
                    .ok_or("unterminated attribute")?;
                let key = &rest[..key_end];
                if key.is_empty() {
                    return Err(format!(
                        "bad attribute in <{name}> at {:?}",
                        &rest[..rest.len().min(20)]
                    ));
                }
                rest = rest[key_end..]
                    .strip_prefix('=')
                    .ok_or_else(|| format!("{key} without '=' in <{name}>"))?;
                let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'');
                let quote = quote.ok_or_else(|| format!("unquoted {key} in <{name}>"))?;
                let value_end = rest[1..]
                    .find(quote)
                    .ok_or_else(|| format!("unterminated {key}"))?;
                let value = unescape(&rest[1..1 + value_end])?;
                if element.attributes.iter().any(|(seen, _)| seen == key) {
                    return Err(format!("duplicate {key} in <{name}>"));
                }
                element.attributes.push((key.to_string(), value));
                rest = &rest[1 + value_end + 1..];
            }
        }
        if let Some(&open) = stack.last() {
            return Err(format!("<{}> never closed", elements[open].name));
        }
        if roots == 0 {
            return Err("no root element".to_string());
        }
        Ok(elements)
    }

    #[test]
    fn rejects_what_is_not_well_formed() {
        assert!(check("<a><b></b></a>").is_ok());
        assert!(check("<?xml version=\"1.0\"?>\n<a x='1' y=\"&amp;\">t&lt;</a>").is_ok());
        for bad in [
            "<a><b></a></b>",
            "<a>",
            "</a>",
            "<a x=1></a>",
            "<a x=\"1\" x=\"2\"/>",
            "<a x=\"<\"/>",
            "<a>&</a>",
            "<a>&bogus;</a>",
            "<a>1 < 2</a>",
            "<a/><b/>",
            "text<a/>",
            "<a x=\"1\"y=\"2\"/>",
            "",
        ] {
            assert!(check(bad).is_err(), "{bad:?} passed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::xmlcheck::{Element, check};
    use super::*;

    /// A small, seeded generator (xorshift): the same "random" cases on
    /// every run, so a failure can be replayed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self, below: i64) -> i64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % below as u64) as i64
        }
    }

    fn euros(cents: i64) -> String {
        format!("{},{:02} €", cents / 100, cents % 100)
    }

    fn months(count: usize) -> Vec<String> {
        (0..count).map(|month| format!("m{month}")).collect()
    }

    fn bars(elements: &[Element]) -> Vec<&Element> {
        elements
            .iter()
            .filter(|element| element.name == "rect")
            .collect()
    }

    fn number(element: &Element, attribute: &str) -> i64 {
        element
            .attribute(attribute)
            .and_then(|value| value.parse().ok())
            .unwrap()
    }

    /// The label values of the scale, read back through an identity format.
    fn scale_values(elements: &[Element]) -> Vec<i64> {
        let mut inside = false;
        let mut values = Vec::new();
        for element in elements {
            if element.name == "g" {
                inside = element.attribute("class") == Some("chart-scale");
            } else if inside && element.name == "text" {
                values.push(element.text.parse().unwrap());
            }
        }
        values
    }

    /// Checks what every chart must satisfy and returns its elements.
    fn checked(svg: &str, id: &str) -> Vec<Element> {
        let elements = check(svg).unwrap_or_else(|error| panic!("{error}\n{svg}"));
        let root = &elements[0];
        assert_eq!(root.name, "svg");
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("class"), Some("chart"));
        let labelled_by: Vec<&str> = root
            .attribute("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        assert_eq!(labelled_by, [format!("{id}-title"), format!("{id}-desc")]);
        for referenced in labelled_by {
            let target: Vec<_> = elements
                .iter()
                .filter(|e| e.attribute("id") == Some(referenced))
                .collect();
            assert_eq!(target.len(), 1, "{referenced}");
        }
        assert_eq!(elements[1].name, "title");
        assert_eq!(elements[2].name, "desc");
        let view_box: Vec<i64> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        for bar in bars(&elements) {
            assert!(number(bar, "height") >= 0);
            assert!(number(bar, "y") >= TOP);
            assert!(number(bar, "y") + number(bar, "height") <= TOP + PLOT_HEIGHT);
            assert!(number(bar, "x") + number(bar, "width") <= view_box[2]);
        }
        elements
    }

    #[test]
    fn random_stacks_are_well_formed_and_fit_the_scale() {
        let mut rng = Rng(0x5eed_cafe);
        for case in 0..300 {
            let categories = months(rng.next(26) as usize);
            let series: Vec<Series> = (0..rng.next(8))
                .map(|index| Series {
                    name: format!("série {index} <&\"'>"),
                    values: (0..categories.len())
                        .map(|_| match rng.next(4) {
                            0 => 0,
                            1 => rng.next(10),
                            2 => rng.next(100_000),
                            _ => rng.next(i64::from(u32::MAX)),
                        })
                        .collect(),
                })
                .collect();
            let format = |value: i64| value.to_string();
            let svg = stacked_bars(&BarChart {
                id: "c",
                title: "t",
                desc: "d",
                categories: &categories,
                series: &series,
                format: &format,
            });
            let elements = checked(&svg, "c");
            let non_zero = series
                .iter()
                .flat_map(|s| &s.values)
                .filter(|v| **v > 0)
                .count();
            assert_eq!(bars(&elements).len(), non_zero, "case {case}");
            let largest = (0..categories.len())
                .map(|c| series.iter().map(|s| s.values[c]).sum::<i64>())
                .max()
                .unwrap_or(0);
            let scale = scale_values(&elements);
            assert_eq!(scale[0], 0);
            assert!(*scale.last().unwrap() >= largest, "case {case}");
            assert!((5..=6).contains(&scale.len()), "{scale:?}");
            assert!(scale.windows(2).all(|pair| pair[0] < pair[1]));
            let legend = elements.iter().filter(|e| e.name == "path").count();
            assert_eq!(legend, series.len());
        }
    }

    #[test]
    fn the_scale_is_round_and_just_above_the_largest_stack() {
        assert_eq!(nice_scale(0), Scale { top: 5, steps: 5 });
        assert_eq!(nice_scale(5), Scale { top: 5, steps: 5 });
        assert_eq!(nice_scale(6), Scale { top: 10, steps: 5 });
        assert_eq!(nice_scale(11), Scale { top: 20, steps: 4 });
        assert_eq!(nice_scale(20), Scale { top: 20, steps: 4 });
        assert_eq!(nice_scale(21), Scale { top: 50, steps: 5 });
        assert_eq!(
            nice_scale(123_456),
            Scale {
                top: 200_000,
                steps: 4
            }
        );
        assert_eq!(
            nice_scale(500_001),
            Scale {
                top: 1_000_000,
                steps: 5
            }
        );
        let huge = nice_scale(i64::MAX);
        assert!(huge.top == i64::MAX && huge.value(5) == i64::MAX);
        for largest in (0..2_000).chain([999_999, 1_000_001, 4_999_999_999]) {
            let scale = nice_scale(largest);
            assert!(scale.top >= largest);
            assert!((4..=5).contains(&scale.steps));
            assert_eq!(scale.top % scale.steps, 0, "{largest}");
            // Round: one significant digit out of 1, 2, 5.
            let mut digit = scale.top;
            while digit % 10 == 0 {
                digit /= 10;
            }
            assert!([1, 2, 5].contains(&digit));
            // Just above: consecutive round values are at most 2.5 apart.
            assert!(largest <= 5 || scale.top < largest.saturating_mul(3));
        }
    }

    #[test]
    fn zero_categories_and_all_zero_values_draw_an_empty_axis() {
        let format = |value: i64| value.to_string();
        let empty: Vec<String> = Vec::new();
        let none: Vec<Series> = Vec::new();
        for (categories, series) in [
            (empty.clone(), none.clone()),
            (
                empty.clone(),
                vec![Series {
                    name: "a".into(),
                    values: vec![],
                }],
            ),
            (months(3), none.clone()),
            (
                months(3),
                vec![Series {
                    name: "a".into(),
                    values: vec![0, 0, 0],
                }],
            ),
            (
                months(3),
                vec![Series {
                    name: "a".into(),
                    values: vec![],
                }],
            ),
        ] {
            let svg = stacked_bars(&BarChart {
                id: "empty",
                title: "t",
                desc: "d",
                categories: &categories,
                series: &series,
                format: &format,
            });
            let elements = checked(&svg, "empty");
            assert!(bars(&elements).is_empty());
            assert_eq!(scale_values(&elements), [0, 1, 2, 3, 4, 5]);
            assert!(
                elements
                    .iter()
                    .any(|e| e.attribute("class") == Some("chart-axis"))
            );
        }
    }

    #[test]
    fn every_text_is_escaped_and_given_back_verbatim() {
        let nasty = "Fruits & légumes <\"bio\"> l'été";
        let categories = vec![nasty.to_string()];
        let series = vec![Series {
            name: nasty.to_string(),
            values: vec![1234],
        }];
        let format = |value: i64| format!("<{value}&>");
        let svg = stacked_bars(&BarChart {
            id: "a\"b",
            title: nasty,
            desc: nasty,
            categories: &categories,
            series: &series,
            format: &format,
        });
        assert!(!svg.contains(nasty));
        assert!(svg.contains("Fruits &amp; légumes &lt;&quot;bio&quot;&gt; l&apos;été"));
        let elements = checked(&svg, "a\"b");
        assert_eq!(elements[1].text, nasty);
        assert_eq!(elements[2].text, nasty);
        let bar = bars(&elements)[0];
        assert_eq!(bar.attribute("data-series"), Some(nasty));
        let tooltip = elements
            .iter()
            .skip_while(|e| e.name != "rect")
            .nth(1)
            .unwrap();
        assert_eq!(
            (tooltip.name.as_str(), tooltip.text.as_str()),
            ("title", "<1234&>")
        );
        assert!(elements.iter().any(|e| e.name == "text" && e.text == nasty));
        assert_eq!(elements.iter().filter(|e| e.text == nasty).count(), 4);
        assert_eq!(escape_xml("a\u{0}b\u{1b}c\td\u{FFFF}"), "abc\td");
    }

    #[test]
    fn one_category_and_twenty_four_categories() {
        let format = euros;
        for count in [1, 24] {
            let categories = months(count);
            let series: Vec<Series> = (0..6)
                .map(|index| Series {
                    name: format!("s{index}"),
                    values: (0..count as i64)
                        .map(|c| (c + 1) * 1000 * (index + 1))
                        .collect(),
                })
                .collect();
            let svg = stacked_bars(&BarChart {
                id: "n",
                title: "t",
                desc: "d",
                categories: &categories,
                series: &series,
                format: &format,
            });
            let elements = checked(&svg, "n");
            assert_eq!(bars(&elements).len(), count * 6);
            let width: i64 = number(&elements[0], "width");
            assert!(width >= count as i64 * COLUMN);
            // One fill per series, all from the palette and all different.
            let mut fills: Vec<&str> = bars(&elements)
                .iter()
                .map(|b| b.attribute("fill").unwrap())
                .collect();
            fills.sort();
            fills.dedup();
            assert_eq!(fills.len(), 6);
            assert!(fills.iter().all(|fill| PALETTE.contains(fill)));
        }
    }

    #[test]
    fn segments_stack_bottom_first_without_overlapping() {
        let categories = months(2);
        let series = vec![
            Series {
                name: "a".into(),
                values: vec![600, 1],
            },
            Series {
                name: "b".into(),
                values: vec![300, 0],
            },
            Series {
                name: "c".into(),
                values: vec![100, 999],
            },
        ];
        let format = |value: i64| value.to_string();
        let svg = stacked_bars(&BarChart {
            id: "s",
            title: "t",
            desc: "d",
            categories: &categories,
            series: &series,
            format: &format,
        });
        let elements = checked(&svg, "s");
        let bars = bars(&elements);
        let names: Vec<_> = bars
            .iter()
            .map(|b| b.attribute("data-series").unwrap())
            .collect();
        assert_eq!(names, ["a", "b", "c", "a", "c"]);
        // Scale 0–1000 over 200 px: 600 → 120 px, 300 → 60 px (less the gap).
        assert_eq!(
            (number(bars[0], "y"), number(bars[0], "height")),
            (TOP + 80, 120)
        );
        assert_eq!(
            (number(bars[1], "y"), number(bars[1], "height")),
            (TOP + 20, 59)
        );
        assert_eq!((number(bars[2], "y"), number(bars[2], "height")), (TOP, 19));
        // A value too small for a pixel still shows one.
        assert_eq!(number(bars[3], "height"), 1);
        assert_eq!(number(bars[4], "y"), TOP);
        for pair in bars.windows(2) {
            if pair[0].attribute("x") == pair[1].attribute("x") {
                assert!(number(pair[1], "y") + number(pair[1], "height") < number(pair[0], "y"));
            }
        }
        let tooltips: Vec<&str> = elements
            .windows(2)
            .filter(|pair| pair[0].name == "rect")
            .map(|pair| pair[1].text.as_str())
            .collect();
        assert_eq!(tooltips, ["600", "300", "100", "1", "999"]);
    }

    #[test]
    fn percent_bars_skip_missing_months_and_keep_a_fixed_scale() {
        let categories = months(6);
        let percents = [Some(25), None, Some(0), Some(100), Some(150), Some(-3)];
        let format = |value: i64| format!("{value} %");
        let svg = percent_bars("p", "t", "d", &categories, &percents, &format);
        let elements = checked(&svg, "p");
        let bars = bars(&elements);
        assert_eq!(bars.len(), 3);
        assert_eq!(number(bars[0], "height"), 50);
        assert_eq!(number(bars[1], "height"), PLOT_HEIGHT);
        assert_eq!(number(bars[2], "height"), PLOT_HEIGHT);
        assert!(bars.iter().all(|b| b.attribute("data-series").is_none()));
        let labels: Vec<&str> = elements
            .iter()
            .filter(|e| e.name == "text")
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(
            &labels[..6],
            ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]
        );
        assert!(elements.iter().all(|e| e.name != "path"));
        assert!(
            elements
                .iter()
                .any(|e| e.name == "title" && e.text == "150 %")
        );
        // Fewer shares than categories, or none at all.
        let svg = percent_bars("q", "t", "d", &categories, &[Some(10)], &format);
        assert_eq!(bars_in(&svg), 1);
        let svg = percent_bars("r", "t", "d", &[], &[], &format);
        assert_eq!(bars_in(&svg), 0);
    }

    fn bars_in(svg: &str) -> usize {
        svg.matches("<rect").count()
    }

    #[test]
    fn the_palette_keeps_three_to_one_on_white() {
        // WCAG 2 relative luminance; floats are fine here, the chart itself
        // never computes colours.
        fn luminance(hex: &str) -> f64 {
            let channel = |at: usize| {
                let c = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
                if c <= 0.04045 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
        }
        for colour in PALETTE {
            let contrast = 1.05 / (luminance(colour) + 0.05);
            assert!(contrast >= 3.0, "{colour}: {contrast}");
        }
    }
}

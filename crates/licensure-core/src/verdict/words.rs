//! Lists written as words: "2, 2N and 4".

use std::fmt;

/// "2, 2N and 4", written where it is displayed (no string is built for it).
pub(super) fn list_words<T: AsRef<str>>(
    items: &[T],
) -> ListWords<impl ExactSizeIterator<Item = &str> + Clone> {
    ListWords(items.iter().map(AsRef::as_ref))
}

/// Items joined with commas and a final "and"; see [`list_words`].
pub(super) struct ListWords<I>(pub(super) I);

impl<I> fmt::Display for ListWords<I>
where
    I: ExactSizeIterator + Clone,
    I::Item: fmt::Display,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let last = self.0.len().saturating_sub(1);
        for (i, item) in self.0.clone().enumerate() {
            let separator = match i {
                0 => "",
                _ if i == last => " and ",
                _ => ", ",
            };
            write!(f, "{separator}{item}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::list_words;

    #[test]
    fn words_are_listed_with_commas_and_a_final_and() {
        let cases: [(&str, &[&str], &str); 4] = [
            ("none", &[], ""),
            ("one", &["2"], "2"),
            ("two", &["2", "2N"], "2 and 2N"),
            ("four", &["2", "2N", "3", "4"], "2, 2N, 3 and 4"),
        ];
        for (name, items, want) in cases {
            assert_eq!(list_words(items).to_string(), want, "{name}");
        }
    }
}

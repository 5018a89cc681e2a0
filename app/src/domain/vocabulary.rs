//! One way to declare a closed list of words that the database, the forms
//! and the addresses exchange as codes ("open", "add_product"): an enum
//! with `ALL`, `code()`, `from_code()` and, when each word has one, the
//! key of its words in the translation table (`label_key()`). The codes
//! are what is stored: they never change once written.

/// ```text
/// vocabulary! {
///     /// Where a workshop stands.
///     pub enum WorkshopState {
///         Proposed = "proposed" => "workshop-state_proposed",
///         Published = "published" => "workshop-state_published",
///     }
/// }
/// ```
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal $(=> $key:literal)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every word, in the order they are offered.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The code stored in the database and sent by forms.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        // Sent as its code too (to the browser, in exports and in the
        // governance log): a word has one spelling everywhere.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = String::deserialize(d)?;
                Self::from_code(&code).ok_or_else(|| serde::de::Error::custom(format_args!("unknown {} code {code:?}", stringify!($name))))
            }
        }

        // Stored and read as its code: a row struct holds the word itself,
        // and a code the enum does not know is an error, never a default.
        #[cfg(feature = "ssr")]
        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <&str as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <&str as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&str as sqlx::Decode<sqlx::Any>>::decode(value)?;
                Self::from_code(code).ok_or_else(|| format!("unknown {} code {code:?}", stringify!($name)).into())
            }
        }

        #[cfg(feature = "ssr")]
        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(&self, buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Any>>::encode(self.code(), buf)
            }
        }

        $crate::domain::vocabulary::vocabulary!(@labels $name $( $variant $($key)? ),+);
    };
    (@labels $name:ident $( $variant:ident $key:literal ),+) => {
        impl $name {
            /// The key of the word in the translation table.
            pub fn label_key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }
        }
    };
    (@labels $name:ident $( $variant:ident ),+) => {};
}

pub(crate) use vocabulary;

#[cfg(test)]
mod tests {
    vocabulary! {
        enum Fruit {
            Apple = "apple" => "fruit.apple",
            Pear = "pear" => "fruit.pear",
        }
    }

    vocabulary! {
        enum Bare {
            One = "one",
            Two = "two",
        }
    }

    #[test]
    fn codes_go_both_ways_and_unknown_ones_are_refused() {
        for f in Fruit::ALL {
            assert_eq!(Fruit::from_code(f.code()), Some(f));
        }
        assert_eq!(Fruit::Pear.label_key(), "fruit.pear");
        assert_eq!(Fruit::from_code("Pear"), None, "codes are exact");
        assert_eq!(Bare::ALL.iter().map(|b| b.code()).collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(Bare::from_code(""), None);
        assert_eq!(serde_json::to_string(&Fruit::Pear).unwrap(), "\"pear\"");
        assert_eq!(serde_json::from_str::<Fruit>("\"apple\"").unwrap(), Fruit::Apple);
        assert!(serde_json::from_str::<Fruit>("\"Apple\"").is_err());
    }
}

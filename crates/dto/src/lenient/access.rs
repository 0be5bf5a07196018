//! Seq / Map / Enum access of the lenient deserializer; they add the index or key of the
//! failing value to the error's path.

use serde::de::{
    DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use serde_json::{Map, Value};

use super::de::Lenient;
use super::error::LenientError;

pub(super) struct LenientSeq {
    items: std::vec::IntoIter<Value>,
    index: usize,
}

impl LenientSeq {
    pub(super) fn new(items: Vec<Value>) -> Self {
        Self {
            items: items.into_iter(),
            index: 0,
        }
    }
}

impl<'de> SeqAccess<'de> for LenientSeq {
    type Error = LenientError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Lenient::new(item))
            .map(Some)
            .map_err(|e| e.at_index(index))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

pub(super) struct LenientMap {
    entries: serde_json::map::IntoIter,
    pending: Option<(String, Value)>,
}

impl LenientMap {
    pub(super) fn new(map: Map<String, Value>) -> Self {
        Self {
            entries: map.into_iter(),
            pending: None,
        }
    }
}

impl<'de> MapAccess<'de> for LenientMap {
    type Error = LenientError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        let parsed = seed
            .deserialize(Lenient::new(Value::String(key.clone())))
            .map_err(|e| e.at_key(key.clone()))?;
        self.pending = Some((key, value));
        Ok(Some(parsed))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| LenientError::new("valor sin propiedad".to_owned()))?;
        seed.deserialize(Lenient::new(value))
            .map_err(|e| e.at_key(key))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

pub(super) struct LenientEnum {
    pub(super) variant: Value,
    pub(super) content: Option<Value>,
}

impl<'de> EnumAccess<'de> for LenientEnum {
    type Error = LenientError;
    type Variant = LenientVariant;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), Self::Error> {
        let variant = match self.variant {
            // Positional: let serde's variant visitor map the index.
            Value::Number(n) => match n.as_u64() {
                Some(index) => seed.deserialize(index.into_deserializer())?,
                None => return Err(LenientError::mismatch("una variante", &Value::Number(n))),
            },
            other => seed.deserialize(Lenient::new(other))?,
        };
        Ok((
            variant,
            LenientVariant {
                content: self.content,
            },
        ))
    }
}

pub(super) struct LenientVariant {
    content: Option<Value>,
}

impl LenientVariant {
    fn content(self) -> Lenient {
        Lenient::new(self.content.unwrap_or(Value::Null))
    }
}

impl<'de> VariantAccess<'de> for LenientVariant {
    type Error = LenientError;

    fn unit_variant(self) -> Result<(), Self::Error> {
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        seed.deserialize(self.content())
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.content().deserialize_seq(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.content().deserialize_struct("", fields, visitor)
    }
}

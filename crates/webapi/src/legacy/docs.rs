//! Schemas of request and reply types for the OpenAPI document.

use utoipa::{
    openapi::{ArrayBuilder, RefOr, Schema, schema::SchemaType, ObjectBuilder, Type},
};

/// A schema plus the named components it refers to.
pub struct Doc {
    pub schema: RefOr<Schema>,
    pub components: Vec<(String, RefOr<Schema>)>,
}

impl Doc {
    pub fn of<T: Documented>() -> Self {
        let mut components = Vec::new();
        T::components(&mut components);
        Self { schema: T::schema(), components }
    }
}

/// A wire type the OpenAPI document can describe.
pub trait Documented {
    fn schema() -> RefOr<Schema>;
    fn components(_out: &mut Vec<(String, RefOr<Schema>)>) {}
}

impl<T: Documented> Documented for Vec<T> {
    fn schema() -> RefOr<Schema> {
        ArrayBuilder::new().items(T::schema()).into()
    }
    fn components(out: &mut Vec<(String, RefOr<Schema>)>) {
        T::components(out)
    }
}

impl Documented for i64 {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new().schema_type(SchemaType::new(Type::Integer)).format(Some(utoipa::openapi::SchemaFormat::KnownFormat(utoipa::openapi::KnownFormat::Int64))).into()
    }
}

/// Marks DTOs as documented by reference to their component (the list is generated with the
/// routing table).
macro_rules! documented {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::legacy::docs::Documented for $t {
            fn schema() -> ::utoipa::openapi::RefOr<::utoipa::openapi::Schema> {
                ::utoipa::openapi::RefOr::Ref(::utoipa::openapi::Ref::from_schema_name(<$t as ::utoipa::ToSchema>::name()))
            }
            fn components(out: &mut Vec<(String, ::utoipa::openapi::RefOr<::utoipa::openapi::Schema>)>) {
                out.push((<$t as ::utoipa::ToSchema>::name().into_owned(), <$t as ::utoipa::PartialSchema>::schema()));
                <$t as ::utoipa::ToSchema>::schemas(out);
            }
        }
    )*};
}
pub(crate) use documented;

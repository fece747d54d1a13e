pub mod client;
pub mod corpus;

//! Errors an extractor may report for one document.

/// Why an extractor could not process a document. The runner turns it into an error record for that
/// document and carries on with the batch.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The document cannot be processed as given (e.g. it exceeds a limit the extractor enforces).
    #[error("{extractor}: invalid input: {message}")]
    InvalidInput {
        /// The extractor's name.
        extractor: &'static str,
        /// What is wrong.
        message: String,
    },
    /// An extractor this one requires produced no output for the document.
    #[error("{extractor}: missing output of required extractor `{required}`")]
    MissingDependency {
        /// The extractor's name.
        extractor: &'static str,
        /// The extractor whose output was missing.
        required: &'static str,
    },
}

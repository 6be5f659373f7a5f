/**
 * Annotate: an {@link org.sitrep.model.Article} in, an {@link org.sitrep.model.AnnotatedArticle} out (tokens,
 * sentences, recognised names, normalised times). {@link org.sitrep.annotate.CoreNlpAnnotator} is the one
 * place Stanford CoreNLP is used; its maps are turned into Sitrep records there and go no further.
 * Depends only on {@code org.sitrep.model}.
 */
package org.sitrep.annotate;

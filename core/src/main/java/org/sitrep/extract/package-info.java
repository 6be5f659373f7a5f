/**
 * Extract: an {@link org.sitrep.model.AnnotatedArticle} in, facts out. Each extractor is a small class with one
 * public method that reads the annotations and returns new records ({@link org.sitrep.extract.EntityGrouper}:
 * entities; {@link org.sitrep.extract.AmountFinder}: amounts; {@link org.sitrep.extract.QuoteFinder}: what is
 * reported as said, with its cue and the words naming its source, as {@link org.sitrep.model.Attributions};
 * {@link org.sitrep.extract.SpeakerResolver}: those statements as {@link org.sitrep.model.Quote}s whose speakers are
 * resolved to the grouper's entities; {@link org.sitrep.extract.PlaceResolver}: toponyms, demonyms and metonyms as
 * {@link org.sitrep.model.Place}s resolved against the gazetteer; {@link org.sitrep.extract.EventExtractor}: one
 * {@link org.sitrep.model.Event} per incident (IncidentReader reads one report per clause, composing
 * ClauseBoundaries, TriggerReader and TriggerGuards, TriggerGrouper, WeaponReader, ActorReader, PeopleReader,
 * TollReader and DateReader; IncidentMerger groups
 * the reports of one incident, EventClassifier gives ACLED's sub-type, EventLocator the words naming the place,
 * which {@link org.sitrep.extract.EventPlacer} resolves to the places stage's place);
 * {@link org.sitrep.extract.RelationFinder}: {@link org.sitrep.model.Relation}s between actors, claimed by the
 * speakers of the quotes they stand in, reports of one fact folded by RelationMerger; in events and relations alike,
 * GovernmentActors names an actor whose words the places stage read as a government, "the Kremlin", as its
 * country). {@link org.sitrep.extract.ArticleExtractor} gathers them into an
 * {@link org.sitrep.model.ArticleFacts}. Rules over tokens, parts of speech (tested through
 * {@link org.sitrep.model.Token}'s {@code isNoun()}, {@code is(Pos)}, ...), sentences and names: no parser, no
 * coreference model. The rules' word lists are data, in {@code org/sitrep/words/}, read by WordLists. Depends only on {@code org.sitrep.model}, {@code org.sitrep.WordLists} and the gazetteer ({@code org.sitrep.places}, the
 * {@code gazetteer} module).
 */
package org.sitrep.extract;

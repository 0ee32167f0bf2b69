/**
 * Dated policy parameters: values that change on known dates, each resting on a legal basis.
 *
 * <p>A {@link id.bansos.model.param.Parameter} is a key with a timeline of {@link
 * id.bansos.model.param.DatedValue}s; each value holds from its date until the next one, and a
 * value may be {@code none} (the rule that reads it is not in force from that date). A {@link
 * id.bansos.model.param.ParameterSet} gathers the parameters of a policy, layers a district's set
 * over the national one, and names its content with a version hash. Asking for a value on a date
 * before a key's first value, or on a date where it is {@code none}, throws {@link
 * id.bansos.model.param.MissingParameterException}.
 */
package id.bansos.model.param;

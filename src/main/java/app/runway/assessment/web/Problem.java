package app.runway.assessment.web;

/**
 * One entry of the error summary at the top of a form: a link to the field at fault.
 *
 * @param anchor the id of the input the link moves to
 * @param text   what the link says
 */
record Problem(String anchor, String text) {
}

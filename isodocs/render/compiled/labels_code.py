from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'isodocs:templates/labels.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_pgettext = resolve('pgettext')
    l_0_kind_policy = l_0_kind_objectives = l_0_kind_manual = l_0_kind_procedure = l_0_kind_guideline = l_0_kind_form = l_0_code = l_0_revision = l_0_issued = l_0_effective = l_0_page = l_0_document_heading = l_0_prepared = l_0_reviewed = l_0_approved = l_0_person_name = l_0_signature = l_0_position = l_0_changes_title = l_0_change_reason = l_0_change_sections = l_0_change_summary = l_0_reason_legal_change = l_0_reason_process_change = l_0_reason_audit_finding = l_0_reason_corrective_action = l_0_reason_org_change = l_0_reason_periodic_review = l_0_reason_other = l_0_reason_first_issue = l_0_approval_note = l_0_marking_controlled = l_0_marking_draft = l_0_marking_obsolete = l_0_marking_comparison = l_0_copy_line = l_0_section_purpose = l_0_section_scope = l_0_section_references = l_0_section_definitions = l_0_section_content = l_0_section_forms = l_0_section_records = l_0_legal_basis = l_0_dossier = l_0_dossier_sets = l_0_time_limit = l_0_receiving_place = l_0_fee = l_0_results = l_0_workflow = l_0_nothing = l_0_no_fee = l_0_legal_see_content = l_0_term = l_0_meaning = l_0_tthc_line = l_0_tthc_field = l_0_tthc_level = l_0_channels = l_0_channel_in_person = l_0_channel_online = l_0_channel_postal = l_0_no = l_0_dossier_name = l_0_originals = l_0_copies = l_0_optional = l_0_dossier_form = l_0_sets = l_0_time_limit_sentence = l_0_tthc_authority = l_0_tthc_applicants = l_0_tthc_joins = l_0_conditions = l_0_not_prescribed = l_0_same_day = l_0_days = l_0_clock = l_0_cutoff_clause = l_0_time_limit_plain = l_0_time_limit_from = l_0_extension = l_0_channel_table = l_0_channel_kind = l_0_channel_fees = l_0_channel_note = l_0_via = l_0_fee_phi = l_0_fee_le_phi = l_0_fee_none = l_0_money = l_0_fee_per = l_0_fee_exemptions = l_0_present = l_0_any_of = l_0_item_counts = l_0_by_in_person = l_0_by_online = l_0_by_postal = l_0_dossier_channels = l_0_total_uncounted = l_0_other_agency = l_0_step_action = l_0_step_actor = l_0_step_time = l_0_step_output = l_0_total_time = l_0_total_time_system = l_0_statutory_limit = l_0_working_hours = l_0_working_days = l_0_duration = l_0_form_title = l_0_record_name = l_0_record_keeper = l_0_record_retention = l_0_form_attachment = l_0_legal_citation = l_0_document_citation = l_0_objectives_year = l_0_objective = l_0_target = l_0_frequency = l_0_objective_owner = l_0_latest_result = l_0_verdict = l_0_met = l_0_not_met = l_0_no_data = l_0_frequency_monthly = l_0_frequency_quarterly = l_0_frequency_half_yearly = l_0_frequency_yearly = l_0_plans = l_0_plan_actions = l_0_plan_resources = l_0_plan_deadline = l_0_plan_evaluation = l_0_result = l_0_cover_system = l_0_cover_standard = l_0_place_units = l_0_self_standing = l_0_cover_place_year = l_0_cover_decision = l_0_cover_draft = l_0_master_list = l_0_document_title = l_0_not_approved = l_0_contents = l_0_toc_placeholder = l_0_coverage_title = l_0_coverage_date = l_0_coverage_tthc = l_0_coverage_tthc_summary = l_0_coverage_no_catalog = l_0_coverage_gaps = l_0_coverage_rescinded = l_0_coverage_outside = l_0_tthc_code = l_0_tthc_name = l_0_coverage_procedures = l_0_coverage_source = l_0_coverage_catalog = l_0_coverage_published = l_0_coverage_rescinded_by = l_0_coverage_clauses = l_0_coverage_clauses_summary = l_0_coverage_clause_gaps = l_0_coverage_with_subclauses = l_0_coverage_clause_table = l_0_coverage_unknown_clauses = l_0_clause = l_0_clause_title = l_0_coverage_documents = l_0_coverage_times = l_0_coverage_times_summary = l_0_coverage_times_no_target = l_0_coverage_times_missed = l_0_coverage_times_table = l_0_coverage_steps_hours = l_0_coverage_limit_hours = l_0_coverage_reduction = l_0_national_name = l_0_national_motto = l_0_number_line = l_0_place_date = l_0_sign_hint = l_0_sign_date = l_0_impact_title = l_0_impact_kind = l_0_impact_subject = l_0_impact_for = l_0_impact_scope_title = l_0_impact_scope = l_0_impact_results_title = l_0_impact_summary = l_0_impact_none = l_0_impact_cleared = l_0_impact_request_title = l_0_impact_request = l_0_impact_document = l_0_impact_revision = l_0_impact_change = l_0_impact_via = l_0_impact_updated = l_0_impact_action = l_0_impact_decision = l_0_impact_revise = l_0_impact_review = l_0_impact_choice_revise = l_0_impact_choice_keep = l_0_impact_choice_other = l_0_impact_prepared = l_0_impact_approved = l_0_redline_title = l_0_redline_sides = l_0_redline_note = l_0_redline_changes = l_0_redline_sheet = l_0_redline_document = l_0_redline_revisions = l_0_redline_draft = l_0_redline_revision_line = l_0_redline_new_revision = l_0_redline_removed_revision = l_0_redline_new_document = l_0_redline_removed_document = l_0_redline_opinion = l_0_redline_date_line = missing
    try:
        t_1 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_2 = environment.filters['upper']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'upper' found.")
    pass
    l_0_kind_policy = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_policy', 'QUALITY POLICY')
    context.vars['kind_policy'] = l_0_kind_policy
    context.exported_vars.add('kind_policy')
    yield '\n'
    l_0_kind_objectives = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_objectives', 'QUALITY OBJECTIVES')
    context.vars['kind_objectives'] = l_0_kind_objectives
    context.exported_vars.add('kind_objectives')
    yield '\n'
    l_0_kind_manual = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_manual', 'QUALITY MANUAL')
    context.vars['kind_manual'] = l_0_kind_manual
    context.exported_vars.add('kind_manual')
    yield '\n'
    l_0_kind_procedure = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_procedure', 'PROCEDURE')
    context.vars['kind_procedure'] = l_0_kind_procedure
    context.exported_vars.add('kind_procedure')
    yield '\n'
    l_0_kind_guideline = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_guideline', 'GUIDELINE')
    context.vars['kind_guideline'] = l_0_kind_guideline
    context.exported_vars.add('kind_guideline')
    yield '\n'
    l_0_kind_form = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label kind_form', 'FORM')
    context.vars['kind_form'] = l_0_kind_form
    context.exported_vars.add('kind_form')
    l_0_code = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label code', 'Code')
    context.vars['code'] = l_0_code
    context.exported_vars.add('code')
    yield '\n'
    l_0_revision = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label revision', 'Revision')
    context.vars['revision'] = l_0_revision
    context.exported_vars.add('revision')
    yield '\n'
    l_0_issued = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label issued', 'Issued')
    context.vars['issued'] = l_0_issued
    context.exported_vars.add('issued')
    yield '\n'
    l_0_effective = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label effective', 'Effective')
    context.vars['effective'] = l_0_effective
    context.exported_vars.add('effective')
    yield '\n'
    l_0_page = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label page', 'Page')
    context.vars['page'] = l_0_page
    context.exported_vars.add('page')
    def macro(l_1_code, l_1_title, l_1_kind):
        t_3 = []
        if l_1_code is missing:
            l_1_code = undefined("parameter 'code' was not provided", name='code')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_3.extend((
            str(l_1_code),
            ' – ',
            str(l_1_title),
        ))
        return concat(t_3)
    context.exported_vars.add('document_heading')
    context.vars['document_heading'] = l_0_document_heading = Macro(environment, macro, 'document_heading', ('code', 'title', 'kind'), False, False, False, context.eval_ctx.autoescape)
    l_0_prepared = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label prepared', 'Prepared by')
    context.vars['prepared'] = l_0_prepared
    context.exported_vars.add('prepared')
    yield '\n'
    l_0_reviewed = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reviewed', 'Reviewed by')
    context.vars['reviewed'] = l_0_reviewed
    context.exported_vars.add('reviewed')
    yield '\n'
    l_0_approved = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label approved', 'Approved by')
    context.vars['approved'] = l_0_approved
    context.exported_vars.add('approved')
    yield '\n'
    l_0_person_name = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label person_name', 'Name')
    context.vars['person_name'] = l_0_person_name
    context.exported_vars.add('person_name')
    yield '\n'
    l_0_signature = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label signature', 'Signature')
    context.vars['signature'] = l_0_signature
    context.exported_vars.add('signature')
    yield '\n'
    l_0_position = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label position', 'Position')
    context.vars['position'] = l_0_position
    context.exported_vars.add('position')
    l_0_changes_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label changes_title', 'REVISION HISTORY')
    context.vars['changes_title'] = l_0_changes_title
    context.exported_vars.add('changes_title')
    yield '\n'
    l_0_change_reason = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label change_reason', 'Reason for change')
    context.vars['change_reason'] = l_0_change_reason
    context.exported_vars.add('change_reason')
    yield '\n'
    l_0_change_sections = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label change_sections', 'Page/Section')
    context.vars['change_sections'] = l_0_change_sections
    context.exported_vars.add('change_sections')
    yield '\n'
    l_0_change_summary = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label change_summary', 'Description of change')
    context.vars['change_summary'] = l_0_change_summary
    context.exported_vars.add('change_summary')
    yield '\n'
    l_0_reason_legal_change = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_legal_change', 'Change in legislation')
    context.vars['reason_legal_change'] = l_0_reason_legal_change
    context.exported_vars.add('reason_legal_change')
    yield '\n'
    l_0_reason_process_change = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_process_change', 'Process change')
    context.vars['reason_process_change'] = l_0_reason_process_change
    context.exported_vars.add('reason_process_change')
    yield '\n'
    l_0_reason_audit_finding = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_audit_finding', 'Audit finding')
    context.vars['reason_audit_finding'] = l_0_reason_audit_finding
    context.exported_vars.add('reason_audit_finding')
    yield '\n'
    l_0_reason_corrective_action = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_corrective_action', 'Corrective action')
    context.vars['reason_corrective_action'] = l_0_reason_corrective_action
    context.exported_vars.add('reason_corrective_action')
    yield '\n'
    l_0_reason_org_change = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_org_change', 'Organisational change')
    context.vars['reason_org_change'] = l_0_reason_org_change
    context.exported_vars.add('reason_org_change')
    yield '\n'
    l_0_reason_periodic_review = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_periodic_review', 'Periodic review')
    context.vars['reason_periodic_review'] = l_0_reason_periodic_review
    context.exported_vars.add('reason_periodic_review')
    yield '\n'
    l_0_reason_other = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_other', 'Other')
    context.vars['reason_other'] = l_0_reason_other
    context.exported_vars.add('reason_other')
    yield '\n'
    l_0_reason_first_issue = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label reason_first_issue', 'First issue')
    context.vars['reason_first_issue'] = l_0_reason_first_issue
    context.exported_vars.add('reason_first_issue')
    yield '\n'
    def macro(l_1_date, l_1_decision):
        t_4 = []
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        if l_1_decision is missing:
            l_1_decision = undefined("parameter 'decision' was not provided", name='decision')
        pass
        if l_1_decision:
            pass
            t_4.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label approval_note', 'Approved on {date}, Decision No. {decision}', date=l_1_date, decision=l_1_decision)),
            )
        else:
            pass
            t_4.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label approval_note', 'Approved on {date}', date=l_1_date)),
            )
        return concat(t_4)
    context.exported_vars.add('approval_note')
    context.vars['approval_note'] = l_0_approval_note = Macro(environment, macro, 'approval_note', ('date', 'decision'), False, False, False, context.eval_ctx.autoescape)
    l_0_marking_controlled = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label marking_controlled', 'CONTROLLED COPY')
    context.vars['marking_controlled'] = l_0_marking_controlled
    context.exported_vars.add('marking_controlled')
    yield '\n'
    l_0_marking_draft = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label marking_draft', 'DRAFT')
    context.vars['marking_draft'] = l_0_marking_draft
    context.exported_vars.add('marking_draft')
    yield '\n'
    l_0_marking_obsolete = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label marking_obsolete', 'OBSOLETE')
    context.vars['marking_obsolete'] = l_0_marking_obsolete
    context.exported_vars.add('marking_obsolete')
    yield '\n'
    l_0_marking_comparison = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label marking_comparison', 'COMPARISON COPY')
    context.vars['marking_comparison'] = l_0_marking_comparison
    context.exported_vars.add('marking_comparison')
    yield '\n'
    def macro(l_1_number, l_1_holder):
        t_5 = []
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        if l_1_holder is missing:
            l_1_holder = undefined("parameter 'holder' was not provided", name='holder')
        pass
        t_5.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label copy_line', 'Copy No. {number} – {holder}', number=l_1_number, holder=l_1_holder)),
        )
        return concat(t_5)
    context.exported_vars.add('copy_line')
    context.vars['copy_line'] = l_0_copy_line = Macro(environment, macro, 'copy_line', ('number', 'holder'), False, False, False, context.eval_ctx.autoescape)
    l_0_section_purpose = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_purpose', 'PURPOSE')
    context.vars['section_purpose'] = l_0_section_purpose
    context.exported_vars.add('section_purpose')
    yield '\n'
    l_0_section_scope = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_scope', 'SCOPE')
    context.vars['section_scope'] = l_0_section_scope
    context.exported_vars.add('section_scope')
    yield '\n'
    l_0_section_references = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_references', 'REFERENCES')
    context.vars['section_references'] = l_0_section_references
    context.exported_vars.add('section_references')
    yield '\n'
    l_0_section_definitions = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_definitions', 'DEFINITIONS/ABBREVIATIONS')
    context.vars['section_definitions'] = l_0_section_definitions
    context.exported_vars.add('section_definitions')
    yield '\n'
    l_0_section_content = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_content', 'PROCEDURE')
    context.vars['section_content'] = l_0_section_content
    context.exported_vars.add('section_content')
    yield '\n'
    l_0_section_forms = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_forms', 'FORMS')
    context.vars['section_forms'] = l_0_section_forms
    context.exported_vars.add('section_forms')
    yield '\n'
    l_0_section_records = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label section_records', 'RECORDS')
    context.vars['section_records'] = l_0_section_records
    context.exported_vars.add('section_records')
    yield '\n'
    l_0_legal_basis = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_basis', 'Legal basis')
    context.vars['legal_basis'] = l_0_legal_basis
    context.exported_vars.add('legal_basis')
    yield '\n'
    l_0_dossier = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label dossier', 'Dossier')
    context.vars['dossier'] = l_0_dossier
    context.exported_vars.add('dossier')
    yield '\n'
    l_0_dossier_sets = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label dossier_sets', 'Number of dossiers')
    context.vars['dossier_sets'] = l_0_dossier_sets
    context.exported_vars.add('dossier_sets')
    yield '\n'
    l_0_time_limit = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label time_limit', 'Processing time')
    context.vars['time_limit'] = l_0_time_limit
    context.exported_vars.add('time_limit')
    yield '\n'
    l_0_receiving_place = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label receiving_place', 'Where to submit and collect results')
    context.vars['receiving_place'] = l_0_receiving_place
    context.exported_vars.add('receiving_place')
    yield '\n'
    l_0_fee = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee', 'Fees')
    context.vars['fee'] = l_0_fee
    context.exported_vars.add('fee')
    yield '\n'
    l_0_results = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label results', 'Results')
    context.vars['results'] = l_0_results
    context.exported_vars.add('results')
    yield '\n'
    l_0_workflow = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label workflow', 'Workflow')
    context.vars['workflow'] = l_0_workflow
    context.exported_vars.add('workflow')
    yield '\n'
    l_0_nothing = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label nothing', 'None.')
    context.vars['nothing'] = l_0_nothing
    context.exported_vars.add('nothing')
    yield '\n'
    l_0_no_fee = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label no_fee', 'None.')
    context.vars['no_fee'] = l_0_no_fee
    context.exported_vars.add('no_fee')
    yield '\n'
    l_0_legal_see_content = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_see_content', 'The legal documents listed in 5.1.')
    context.vars['legal_see_content'] = l_0_legal_see_content
    context.exported_vars.add('legal_see_content')
    l_0_term = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label term', 'Term/Abbreviation')
    context.vars['term'] = l_0_term
    context.exported_vars.add('term')
    yield '\n'
    l_0_meaning = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label meaning', 'Meaning')
    context.vars['meaning'] = l_0_meaning
    context.exported_vars.add('meaning')
    def macro(l_1_code, l_1_name):
        t_6 = []
        if l_1_code is missing:
            l_1_code = undefined("parameter 'code' was not provided", name='code')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        t_6.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_line', 'Administrative procedure: {name} (code {code})', name=l_1_name, code=l_1_code)),
        )
        return concat(t_6)
    context.exported_vars.add('tthc_line')
    context.vars['tthc_line'] = l_0_tthc_line = Macro(environment, macro, 'tthc_line', ('code', 'name'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_tthc_field = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_field', 'Field')
    context.vars['tthc_field'] = l_0_tthc_field
    context.exported_vars.add('tthc_field')
    yield '\n'
    l_0_tthc_level = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_level', 'Level')
    context.vars['tthc_level'] = l_0_tthc_level
    context.exported_vars.add('tthc_level')
    yield '\n'
    l_0_channels = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channels', 'Channels')
    context.vars['channels'] = l_0_channels
    context.exported_vars.add('channels')
    yield '\n'
    l_0_channel_in_person = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_in_person', 'In person')
    context.vars['channel_in_person'] = l_0_channel_in_person
    context.exported_vars.add('channel_in_person')
    yield '\n'
    l_0_channel_online = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_online', 'Online')
    context.vars['channel_online'] = l_0_channel_online
    context.exported_vars.add('channel_online')
    yield '\n'
    l_0_channel_postal = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_postal', 'By post')
    context.vars['channel_postal'] = l_0_channel_postal
    context.exported_vars.add('channel_postal')
    yield '\n'
    l_0_no = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label no', 'No.')
    context.vars['no'] = l_0_no
    context.exported_vars.add('no')
    yield '\n'
    l_0_dossier_name = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label dossier_name', 'Document')
    context.vars['dossier_name'] = l_0_dossier_name
    context.exported_vars.add('dossier_name')
    yield '\n'
    l_0_originals = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label originals', 'Originals')
    context.vars['originals'] = l_0_originals
    context.exported_vars.add('originals')
    yield '\n'
    l_0_copies = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label copies', 'Copies')
    context.vars['copies'] = l_0_copies
    context.exported_vars.add('copies')
    yield '\n'
    l_0_optional = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label optional', '(if applicable)')
    context.vars['optional'] = l_0_optional
    context.exported_vars.add('optional')
    yield '\n'
    def macro(l_1_code):
        t_7 = []
        if l_1_code is missing:
            l_1_code = undefined("parameter 'code' was not provided", name='code')
        pass
        t_7.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label dossier_form', 'Form {code}', code=l_1_code)),
        )
        return concat(t_7)
    context.exported_vars.add('dossier_form')
    context.vars['dossier_form'] = l_0_dossier_form = Macro(environment, macro, 'dossier_form', ('code',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_count):
        t_8 = []
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        pass
        t_8.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label sets', '{count} set(s).', count=l_1_count)),
        )
        return concat(t_8)
    context.exported_vars.add('sets')
    context.vars['sets'] = l_0_sets = Macro(environment, macro, 'sets', ('count',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_duration):
        t_9 = []
        if l_1_duration is missing:
            l_1_duration = undefined("parameter 'duration' was not provided", name='duration')
        pass
        t_9.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label time_limit_sentence', '{duration} from receipt of a complete, valid dossier.', duration=l_1_duration)),
        )
        return concat(t_9)
    context.exported_vars.add('time_limit_sentence')
    context.vars['time_limit_sentence'] = l_0_time_limit_sentence = Macro(environment, macro, 'time_limit_sentence', ('duration',), False, False, False, context.eval_ctx.autoescape)
    l_0_tthc_authority = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_authority', 'Deciding authority')
    context.vars['tthc_authority'] = l_0_tthc_authority
    context.exported_vars.add('tthc_authority')
    yield '\n'
    l_0_tthc_applicants = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_applicants', 'Applicants')
    context.vars['tthc_applicants'] = l_0_tthc_applicants
    context.exported_vars.add('tthc_applicants')
    yield '\n'
    l_0_tthc_joins = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_joins', 'Filed together with (liên thông)')
    context.vars['tthc_joins'] = l_0_tthc_joins
    context.exported_vars.add('tthc_joins')
    yield '\n'
    l_0_conditions = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label conditions', 'Requirements and conditions')
    context.vars['conditions'] = l_0_conditions
    context.exported_vars.add('conditions')
    yield '\n'
    l_0_not_prescribed = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label not_prescribed', 'Not prescribed.')
    context.vars['not_prescribed'] = l_0_not_prescribed
    context.exported_vars.add('not_prescribed')
    yield '\n'
    l_0_same_day = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label same_day', 'Within the working day of receipt')
    context.vars['same_day'] = l_0_same_day
    context.exported_vars.add('same_day')
    yield '\n'
    l_0_days = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label days', 'days')
    context.vars['days'] = l_0_days
    context.exported_vars.add('days')
    def macro(l_1_hours, l_1_minutes):
        t_10 = []
        if l_1_hours is missing:
            l_1_hours = undefined("parameter 'hours' was not provided", name='hours')
        if l_1_minutes is missing:
            l_1_minutes = undefined("parameter 'minutes' was not provided", name='minutes')
        pass
        if (l_1_minutes == '00'):
            pass
            t_10.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label clock: on the hour', '{hours}:00', hours=l_1_hours)),
            )
        else:
            pass
            t_10.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label clock', '{hours}:{minutes}', hours=l_1_hours, minutes=l_1_minutes)),
            )
        return concat(t_10)
    context.exported_vars.add('clock')
    context.vars['clock'] = l_0_clock = Macro(environment, macro, 'clock', ('hours', 'minutes'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_time):
        t_11 = []
        if l_1_time is missing:
            l_1_time = undefined("parameter 'time' was not provided", name='time')
        pass
        t_11.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cutoff_clause', 'if received after {time}, within the next working day', time=l_1_time)),
        )
        return concat(t_11)
    context.exported_vars.add('cutoff_clause')
    context.vars['cutoff_clause'] = l_0_cutoff_clause = Macro(environment, macro, 'cutoff_clause', ('time',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_duration):
        t_12 = []
        if l_1_duration is missing:
            l_1_duration = undefined("parameter 'duration' was not provided", name='duration')
        pass
        t_12.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label time_limit_plain', '{duration}.', duration=l_1_duration)),
        )
        return concat(t_12)
    context.exported_vars.add('time_limit_plain')
    context.vars['time_limit_plain'] = l_0_time_limit_plain = Macro(environment, macro, 'time_limit_plain', ('duration',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_duration, l_1_start):
        t_13 = []
        if l_1_duration is missing:
            l_1_duration = undefined("parameter 'duration' was not provided", name='duration')
        if l_1_start is missing:
            l_1_start = undefined("parameter 'start' was not provided", name='start')
        pass
        t_13.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label time_limit_from', '{duration} {start}.', duration=l_1_duration, start=l_1_start)),
        )
        return concat(t_13)
    context.exported_vars.add('time_limit_from')
    context.vars['time_limit_from'] = l_0_time_limit_from = Macro(environment, macro, 'time_limit_from', ('duration', 'start'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_when, l_1_duration):
        t_14 = []
        if l_1_when is missing:
            l_1_when = undefined("parameter 'when' was not provided", name='when')
        if l_1_duration is missing:
            l_1_duration = undefined("parameter 'duration' was not provided", name='duration')
        pass
        t_14.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label extension', '{when}: up to {duration}', when=l_1_when, duration=l_1_duration)),
        )
        return concat(t_14)
    context.exported_vars.add('extension')
    context.vars['extension'] = l_0_extension = Macro(environment, macro, 'extension', ('when', 'duration'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_channel_table = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_table', 'Channels:')
    context.vars['channel_table'] = l_0_channel_table
    context.exported_vars.add('channel_table')
    yield '\n'
    l_0_channel_kind = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_kind', 'Channel')
    context.vars['channel_kind'] = l_0_channel_kind
    context.exported_vars.add('channel_kind')
    yield '\n'
    l_0_channel_fees = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_fees', 'Fees')
    context.vars['channel_fees'] = l_0_channel_fees
    context.exported_vars.add('channel_fees')
    yield '\n'
    l_0_channel_note = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label channel_note', 'Description')
    context.vars['channel_note'] = l_0_channel_note
    context.exported_vars.add('channel_note')
    yield '\n'
    def macro(l_1_systems):
        t_15 = []
        if l_1_systems is missing:
            l_1_systems = undefined("parameter 'systems' was not provided", name='systems')
        pass
        t_15.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label via', 'Through {systems}', systems=l_1_systems)),
        )
        return concat(t_15)
    context.exported_vars.add('via')
    context.vars['via'] = l_0_via = Macro(environment, macro, 'via', ('systems',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_fee_phi = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee_phi', 'Fee (phí)')
    context.vars['fee_phi'] = l_0_fee_phi
    context.exported_vars.add('fee_phi')
    yield '\n'
    l_0_fee_le_phi = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee_le_phi', 'Charge (lệ phí)')
    context.vars['fee_le_phi'] = l_0_fee_le_phi
    context.exported_vars.add('fee_le_phi')
    yield '\n'
    l_0_fee_none = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee_none', 'None')
    context.vars['fee_none'] = l_0_fee_none
    context.exported_vars.add('fee_none')
    yield '\n'
    def macro(l_1_amount):
        t_16 = []
        if l_1_amount is missing:
            l_1_amount = undefined("parameter 'amount' was not provided", name='amount')
        pass
        t_16.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label money', '{amount} đồng', amount=l_1_amount)),
        )
        return concat(t_16)
    context.exported_vars.add('money')
    context.vars['money'] = l_0_money = Macro(environment, macro, 'money', ('amount',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_amount, l_1_per):
        t_17 = []
        if l_1_amount is missing:
            l_1_amount = undefined("parameter 'amount' was not provided", name='amount')
        if l_1_per is missing:
            l_1_per = undefined("parameter 'per' was not provided", name='per')
        pass
        t_17.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee_per', '{amount}/{per}', amount=l_1_amount, per=l_1_per)),
        )
        return concat(t_17)
    context.exported_vars.add('fee_per')
    context.vars['fee_per'] = l_0_fee_per = Macro(environment, macro, 'fee_per', ('amount', 'per'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_who):
        t_18 = []
        if l_1_who is missing:
            l_1_who = undefined("parameter 'who' was not provided", name='who')
        pass
        t_18.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label fee_exemptions', 'Exempt: {who}', who=l_1_who)),
        )
        return concat(t_18)
    context.exported_vars.add('fee_exemptions')
    context.vars['fee_exemptions'] = l_0_fee_exemptions = Macro(environment, macro, 'fee_exemptions', ('who',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_present = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label present', '(shown for checking, not handed in)')
    context.vars['present'] = l_0_present
    context.exported_vars.add('present')
    yield '\n'
    l_0_any_of = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label any_of', 'One of the following papers:')
    context.vars['any_of'] = l_0_any_of
    context.exported_vars.add('any_of')
    yield '\n'
    def macro(l_1_originals, l_1_copies):
        t_19 = []
        if l_1_originals is missing:
            l_1_originals = undefined("parameter 'originals' was not provided", name='originals')
        if l_1_copies is missing:
            l_1_copies = undefined("parameter 'copies' was not provided", name='copies')
        pass
        t_19.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label item_counts', '(originals: {originals}, copies: {copies})', originals=l_1_originals, copies=l_1_copies)),
        )
        return concat(t_19)
    context.exported_vars.add('item_counts')
    context.vars['item_counts'] = l_0_item_counts = Macro(environment, macro, 'item_counts', ('originals', 'copies'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_by_in_person = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label by_in_person', 'in person')
    context.vars['by_in_person'] = l_0_by_in_person
    context.exported_vars.add('by_in_person')
    yield '\n'
    l_0_by_online = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label by_online', 'online')
    context.vars['by_online'] = l_0_by_online
    context.exported_vars.add('by_online')
    yield '\n'
    l_0_by_postal = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label by_postal', 'by post')
    context.vars['by_postal'] = l_0_by_postal
    context.exported_vars.add('by_postal')
    yield '\n'
    def macro(l_1_channels):
        t_20 = []
        if l_1_channels is missing:
            l_1_channels = undefined("parameter 'channels' was not provided", name='channels')
        pass
        t_20.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label dossier_channels', 'Only when filing {channels}', channels=l_1_channels)),
        )
        return concat(t_20)
    context.exported_vars.add('dossier_channels')
    context.vars['dossier_channels'] = l_0_dossier_channels = Macro(environment, macro, 'dossier_channels', ('channels',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_steps):
        t_21 = []
        if l_1_steps is missing:
            l_1_steps = undefined("parameter 'steps' was not provided", name='steps')
        pass
        t_21.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label total_uncounted', 'Not counting step {steps}', steps=l_1_steps)),
        )
        return concat(t_21)
    context.exported_vars.add('total_uncounted')
    context.vars['total_uncounted'] = l_0_total_uncounted = Macro(environment, macro, 'total_uncounted', ('steps',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_other_agency = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label other_agency', '(another agency)')
    context.vars['other_agency'] = l_0_other_agency
    context.exported_vars.add('other_agency')
    l_0_step_action = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label step_action', 'Step')
    context.vars['step_action'] = l_0_step_action
    context.exported_vars.add('step_action')
    yield '\n'
    l_0_step_actor = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label step_actor', 'Responsible')
    context.vars['step_actor'] = l_0_step_actor
    context.exported_vars.add('step_actor')
    yield '\n'
    l_0_step_time = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label step_time', 'Time')
    context.vars['step_time'] = l_0_step_time
    context.exported_vars.add('step_time')
    yield '\n'
    l_0_step_output = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label step_output', 'Forms/Output')
    context.vars['step_output'] = l_0_step_output
    context.exported_vars.add('step_output')
    yield '\n'
    l_0_total_time = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label total_time', 'Total processing time')
    context.vars['total_time'] = l_0_total_time
    context.exported_vars.add('total_time')
    yield '\n'
    l_0_total_time_system = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label total_time_system', 'Total time')
    context.vars['total_time_system'] = l_0_total_time_system
    context.exported_vars.add('total_time_system')
    yield '\n'
    def macro(l_1_duration):
        t_22 = []
        if l_1_duration is missing:
            l_1_duration = undefined("parameter 'duration' was not provided", name='duration')
        pass
        t_22.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label statutory_limit', 'Statutory limit: {duration}', duration=l_1_duration)),
        )
        return concat(t_22)
    context.exported_vars.add('statutory_limit')
    context.vars['statutory_limit'] = l_0_statutory_limit = Macro(environment, macro, 'statutory_limit', ('duration',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_working_hours = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label working_hours', 'working hours')
    context.vars['working_hours'] = l_0_working_hours
    context.exported_vars.add('working_hours')
    yield '\n'
    l_0_working_days = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label working_days', 'working days')
    context.vars['working_days'] = l_0_working_days
    context.exported_vars.add('working_days')
    yield '\n'
    def macro(l_1_value, l_1_unit):
        t_23 = []
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_unit is missing:
            l_1_unit = undefined("parameter 'unit' was not provided", name='unit')
        pass
        t_23.extend((
            str(l_1_value),
            ' ',
            str(l_1_unit),
        ))
        return concat(t_23)
    context.exported_vars.add('duration')
    context.vars['duration'] = l_0_duration = Macro(environment, macro, 'duration', ('value', 'unit'), False, False, False, context.eval_ctx.autoescape)
    l_0_form_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label form_title', 'Form title')
    context.vars['form_title'] = l_0_form_title
    context.exported_vars.add('form_title')
    yield '\n'
    l_0_record_name = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label record_name', 'Record')
    context.vars['record_name'] = l_0_record_name
    context.exported_vars.add('record_name')
    yield '\n'
    l_0_record_keeper = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label record_keeper', 'Kept by')
    context.vars['record_keeper'] = l_0_record_keeper
    context.exported_vars.add('record_keeper')
    yield '\n'
    l_0_record_retention = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label record_retention', 'Retention')
    context.vars['record_retention'] = l_0_record_retention
    context.exported_vars.add('record_retention')
    yield '\n'
    def macro(l_1_path):
        t_24 = []
        if l_1_path is missing:
            l_1_path = undefined("parameter 'path' was not provided", name='path')
        pass
        t_24.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label form_attachment', 'The form is kept in the attached file: {path}', path=l_1_path)),
        )
        return concat(t_24)
    context.exported_vars.add('form_attachment')
    context.vars['form_attachment'] = l_0_form_attachment = Macro(environment, macro, 'form_attachment', ('path',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_number, l_1_type, l_1_title, l_1_issued, l_1_issuer, l_1_year):
        t_25 = []
        l_1_lang = resolve('lang')
        l_1_when = l_1_by = missing
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        if l_1_type is missing:
            l_1_type = undefined("parameter 'type' was not provided", name='type')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_issued is missing:
            l_1_issued = undefined("parameter 'issued' was not provided", name='issued')
        if l_1_issuer is missing:
            l_1_issuer = undefined("parameter 'issuer' was not provided", name='issuer')
        if l_1_year is missing:
            l_1_year = ''
        pass
        l_1_when = (str_join((' ', environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: the day it was issued', 'of {issued}', issued=l_1_issued), )) if l_1_issued else '')
        l_1_when = (str_join((' ', environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: only the year it was issued is known', 'of {year}', year=l_1_year), )) if l_1_year else (undefined(name='when') if l_1_when is missing else l_1_when))
        l_1_by = (str_join((' ', environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: who issued it', '({issuer})', issuer=l_1_issuer), )) if l_1_issuer else '')
        if (((undefined(name='lang') if l_1_lang is missing else l_1_lang) == 'vi') and environment.call(context, environment.getattr(l_1_title, 'startswith'), l_1_type)):
            pass
            t_25.extend((
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: its type and number', '{type} No. {number}', type=l_1_title, number=l_1_number)),
                str((undefined(name='when') if l_1_when is missing else l_1_when)),
            ))
        elif ((undefined(name='lang') if l_1_lang is missing else l_1_lang) == 'vi'):
            pass
            t_25.extend((
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: its type and number', '{type} No. {number}', type=l_1_type, number=l_1_number)),
                str((undefined(name='when') if l_1_when is missing else l_1_when)),
                str((undefined(name='by') if l_1_by is missing else l_1_by)),
                ' ',
                str(t_1(l_1_title[:1])),
                str(l_1_title[1:]),
            ))
        else:
            pass
            t_25.extend((
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label legal_citation: its type and number', '{type} No. {number}', type=l_1_type, number=l_1_number)),
                str((undefined(name='when') if l_1_when is missing else l_1_when)),
                str((undefined(name='by') if l_1_by is missing else l_1_by)),
                ': ',
                str(l_1_title),
            ))
        return concat(t_25)
    context.exported_vars.add('legal_citation')
    context.vars['legal_citation'] = l_0_legal_citation = Macro(environment, macro, 'legal_citation', ('number', 'type', 'title', 'issued', 'issuer', 'year'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_code, l_1_title):
        t_26 = []
        if l_1_code is missing:
            l_1_code = undefined("parameter 'code' was not provided", name='code')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_26.extend((
            str(l_1_code),
            ' – ',
            str(l_1_title),
        ))
        return concat(t_26)
    context.exported_vars.add('document_citation')
    context.vars['document_citation'] = l_0_document_citation = Macro(environment, macro, 'document_citation', ('code', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_year):
        t_27 = []
        if l_1_year is missing:
            l_1_year = undefined("parameter 'year' was not provided", name='year')
        pass
        t_27.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label objectives_year', 'Year {year}', year=l_1_year)),
        )
        return concat(t_27)
    context.exported_vars.add('objectives_year')
    context.vars['objectives_year'] = l_0_objectives_year = Macro(environment, macro, 'objectives_year', ('year',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_objective = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label objective', 'Objective')
    context.vars['objective'] = l_0_objective
    context.exported_vars.add('objective')
    yield '\n'
    l_0_target = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label target', 'Target')
    context.vars['target'] = l_0_target
    context.exported_vars.add('target')
    yield '\n'
    l_0_frequency = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label frequency', 'Frequency')
    context.vars['frequency'] = l_0_frequency
    context.exported_vars.add('frequency')
    yield '\n'
    l_0_objective_owner = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label objective_owner', 'Responsible unit')
    context.vars['objective_owner'] = l_0_objective_owner
    context.exported_vars.add('objective_owner')
    yield '\n'
    l_0_latest_result = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label latest_result', 'Latest result')
    context.vars['latest_result'] = l_0_latest_result
    context.exported_vars.add('latest_result')
    yield '\n'
    l_0_verdict = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label verdict', 'Assessment')
    context.vars['verdict'] = l_0_verdict
    context.exported_vars.add('verdict')
    yield '\n'
    l_0_met = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label met', 'Met')
    context.vars['met'] = l_0_met
    context.exported_vars.add('met')
    yield '\n'
    l_0_not_met = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label not_met', 'Not met')
    context.vars['not_met'] = l_0_not_met
    context.exported_vars.add('not_met')
    yield '\n'
    l_0_no_data = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label no_data', 'No data')
    context.vars['no_data'] = l_0_no_data
    context.exported_vars.add('no_data')
    yield '\n'
    l_0_frequency_monthly = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label frequency_monthly', 'Monthly')
    context.vars['frequency_monthly'] = l_0_frequency_monthly
    context.exported_vars.add('frequency_monthly')
    yield '\n'
    l_0_frequency_quarterly = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label frequency_quarterly', 'Quarterly')
    context.vars['frequency_quarterly'] = l_0_frequency_quarterly
    context.exported_vars.add('frequency_quarterly')
    yield '\n'
    l_0_frequency_half_yearly = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label frequency_half_yearly', 'Half-yearly')
    context.vars['frequency_half_yearly'] = l_0_frequency_half_yearly
    context.exported_vars.add('frequency_half_yearly')
    yield '\n'
    l_0_frequency_yearly = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label frequency_yearly', 'Yearly')
    context.vars['frequency_yearly'] = l_0_frequency_yearly
    context.exported_vars.add('frequency_yearly')
    yield '\n'
    l_0_plans = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label plans', 'PLANS TO ACHIEVE THE OBJECTIVES')
    context.vars['plans'] = l_0_plans
    context.exported_vars.add('plans')
    yield '\n'
    l_0_plan_actions = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label plan_actions', 'What will be done')
    context.vars['plan_actions'] = l_0_plan_actions
    context.exported_vars.add('plan_actions')
    yield '\n'
    l_0_plan_resources = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label plan_resources', 'Resources')
    context.vars['plan_resources'] = l_0_plan_resources
    context.exported_vars.add('plan_resources')
    yield '\n'
    l_0_plan_deadline = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label plan_deadline', 'Deadline')
    context.vars['plan_deadline'] = l_0_plan_deadline
    context.exported_vars.add('plan_deadline')
    yield '\n'
    l_0_plan_evaluation = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label plan_evaluation', 'How results are evaluated')
    context.vars['plan_evaluation'] = l_0_plan_evaluation
    context.exported_vars.add('plan_evaluation')
    yield '\n'
    def macro(l_1_period, l_1_value):
        t_28 = []
        if l_1_period is missing:
            l_1_period = undefined("parameter 'period' was not provided", name='period')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        pass
        t_28.extend((
            str(l_1_period),
            ': ',
            str(l_1_value),
        ))
        return concat(t_28)
    context.exported_vars.add('result')
    context.vars['result'] = l_0_result = Macro(environment, macro, 'result', ('period', 'value'), False, False, False, context.eval_ctx.autoescape)
    l_0_cover_system = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_system', 'QUALITY MANAGEMENT SYSTEM')
    context.vars['cover_system'] = l_0_cover_system
    context.exported_vars.add('cover_system')
    yield '\n'
    def macro(l_1_standard):
        t_29 = []
        if l_1_standard is missing:
            l_1_standard = undefined("parameter 'standard' was not provided", name='standard')
        pass
        t_29.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_standard', 'IN ACCORDANCE WITH {standard}', standard=t_2(l_1_standard))),
        )
        return concat(t_29)
    context.exported_vars.add('cover_standard')
    context.vars['cover_standard'] = l_0_cover_standard = Macro(environment, macro, 'cover_standard', ('standard',), False, False, False, context.eval_ctx.autoescape)
    l_0_place_units = 'xã|phường|thị trấn|đặc khu|tỉnh|thành phố'
    context.vars['place_units'] = l_0_place_units
    context.exported_vars.add('place_units')
    l_0_self_standing = 'Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân'
    context.vars['self_standing'] = l_0_self_standing
    context.exported_vars.add('self_standing')
    yield '\n'
    def macro(l_1_place, l_1_year):
        t_30 = []
        if l_1_place is missing:
            l_1_place = undefined("parameter 'place' was not provided", name='place')
        if l_1_year is missing:
            l_1_year = undefined("parameter 'year' was not provided", name='year')
        pass
        if l_1_place:
            pass
            t_30.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_place_year', '{place}, {year}', place=l_1_place, year=l_1_year)),
            )
        else:
            pass
            t_30.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_place_year', '{year}', year=l_1_year)),
            )
        return concat(t_30)
    context.exported_vars.add('cover_place_year')
    context.vars['cover_place_year'] = l_0_cover_place_year = Macro(environment, macro, 'cover_place_year', ('place', 'year'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_decision, l_1_date):
        t_31 = []
        if l_1_decision is missing:
            l_1_decision = undefined("parameter 'decision' was not provided", name='decision')
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        pass
        if l_1_decision:
            pass
            t_31.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_decision', '(Issued under Decision No. {decision} of {date})', decision=l_1_decision, date=l_1_date)),
            )
        else:
            pass
            t_31.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_decision', '(Approved on {date})', date=l_1_date)),
            )
        return concat(t_31)
    context.exported_vars.add('cover_decision')
    context.vars['cover_decision'] = l_0_cover_decision = Macro(environment, macro, 'cover_decision', ('decision', 'date'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_cover_draft = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label cover_draft', '(Draft: not yet approved)')
    context.vars['cover_draft'] = l_0_cover_draft
    context.exported_vars.add('cover_draft')
    yield '\n'
    l_0_master_list = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label master_list', 'MASTER LIST OF DOCUMENTS')
    context.vars['master_list'] = l_0_master_list
    context.exported_vars.add('master_list')
    yield '\n'
    l_0_document_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label document_title', 'Title')
    context.vars['document_title'] = l_0_document_title
    context.exported_vars.add('document_title')
    yield '\n'
    l_0_not_approved = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label not_approved', 'Not approved')
    context.vars['not_approved'] = l_0_not_approved
    context.exported_vars.add('not_approved')
    l_0_contents = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label contents', 'CONTENTS')
    context.vars['contents'] = l_0_contents
    context.exported_vars.add('contents')
    yield '\n'
    l_0_toc_placeholder = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label toc_placeholder', 'The table of contents is updated when the document is opened (or press F9).')
    context.vars['toc_placeholder'] = l_0_toc_placeholder
    context.exported_vars.add('toc_placeholder')
    def macro(l_1_standard):
        t_32 = []
        if l_1_standard is missing:
            l_1_standard = undefined("parameter 'standard' was not provided", name='standard')
        pass
        t_32.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_title', 'COVERAGE REPORT: {standard}', standard=t_2(l_1_standard))),
        )
        return concat(t_32)
    context.exported_vars.add('coverage_title')
    context.vars['coverage_title'] = l_0_coverage_title = Macro(environment, macro, 'coverage_title', ('standard',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_date):
        t_33 = []
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        pass
        t_33.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_date', 'Figures as of {date}', date=l_1_date)),
        )
        return concat(t_33)
    context.exported_vars.add('coverage_date')
    context.vars['coverage_date'] = l_0_coverage_date = Macro(environment, macro, 'coverage_date', ('date',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_coverage_tthc = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_tthc', '1. Administrative procedures under the quality management system')
    context.vars['coverage_tthc'] = l_0_coverage_tthc
    context.exported_vars.add('coverage_tthc')
    yield '\n'
    def macro(l_1_covered, l_1_total, l_1_percent):
        t_34 = []
        if l_1_covered is missing:
            l_1_covered = undefined("parameter 'covered' was not provided", name='covered')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_percent is missing:
            l_1_percent = undefined("parameter 'percent' was not provided", name='percent')
        pass
        t_34.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_tthc_summary', '{covered} of {total} administrative procedures (TTHC) have an ISO procedure ({percent} %).', covered=l_1_covered, total=l_1_total, percent=l_1_percent)),
        )
        return concat(t_34)
    context.exported_vars.add('coverage_tthc_summary')
    context.vars['coverage_tthc_summary'] = l_0_coverage_tthc_summary = Macro(environment, macro, 'coverage_tthc_summary', ('covered', 'total', 'percent'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_coverage_no_catalog = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_no_catalog', 'No TTHC catalogue (catalog in isodocs.yaml) and no publication decision in the legal register.')
    context.vars['coverage_no_catalog'] = l_0_coverage_no_catalog
    context.exported_vars.add('coverage_no_catalog')
    yield '\n'
    l_0_coverage_gaps = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_gaps', 'TTHC without a procedure')
    context.vars['coverage_gaps'] = l_0_coverage_gaps
    context.exported_vars.add('coverage_gaps')
    yield '\n'
    l_0_coverage_rescinded = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_rescinded', 'Rescinded TTHC (withdraw the procedure, drop it from the catalogue)')
    context.vars['coverage_rescinded'] = l_0_coverage_rescinded
    context.exported_vars.add('coverage_rescinded')
    yield '\n'
    l_0_coverage_outside = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_outside', 'Procedures serving TTHC outside the catalogue')
    context.vars['coverage_outside'] = l_0_coverage_outside
    context.exported_vars.add('coverage_outside')
    yield '\n'
    l_0_tthc_code = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_code', 'TTHC code')
    context.vars['tthc_code'] = l_0_tthc_code
    context.exported_vars.add('tthc_code')
    yield '\n'
    l_0_tthc_name = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label tthc_name', 'Name')
    context.vars['tthc_name'] = l_0_tthc_name
    context.exported_vars.add('tthc_name')
    yield '\n'
    l_0_coverage_procedures = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_procedures', 'Procedure')
    context.vars['coverage_procedures'] = l_0_coverage_procedures
    context.exported_vars.add('coverage_procedures')
    yield '\n'
    l_0_coverage_source = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_source', 'Source')
    context.vars['coverage_source'] = l_0_coverage_source
    context.exported_vars.add('coverage_source')
    yield '\n'
    l_0_coverage_catalog = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_catalog', 'Catalogue')
    context.vars['coverage_catalog'] = l_0_coverage_catalog
    context.exported_vars.add('coverage_catalog')
    yield '\n'
    def macro(l_1_numbers):
        t_35 = []
        if l_1_numbers is missing:
            l_1_numbers = undefined("parameter 'numbers' was not provided", name='numbers')
        pass
        t_35.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_published', 'Published by {numbers}', numbers=l_1_numbers)),
        )
        return concat(t_35)
    context.exported_vars.add('coverage_published')
    context.vars['coverage_published'] = l_0_coverage_published = Macro(environment, macro, 'coverage_published', ('numbers',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_number):
        t_36 = []
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        pass
        t_36.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_rescinded_by', 'Rescinded by {number}', number=l_1_number)),
        )
        return concat(t_36)
    context.exported_vars.add('coverage_rescinded_by')
    context.vars['coverage_rescinded_by'] = l_0_coverage_rescinded_by = Macro(environment, macro, 'coverage_rescinded_by', ('number',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_coverage_clauses = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_clauses', '2. Clauses of the standard')
    context.vars['coverage_clauses'] = l_0_coverage_clauses
    context.exported_vars.add('coverage_clauses')
    yield '\n'
    def macro(l_1_addressed, l_1_total, l_1_percent):
        t_37 = []
        if l_1_addressed is missing:
            l_1_addressed = undefined("parameter 'addressed' was not provided", name='addressed')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_percent is missing:
            l_1_percent = undefined("parameter 'percent' was not provided", name='percent')
        pass
        t_37.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_clauses_summary', '{addressed} of {total} clauses (4 to 10) are addressed by a document ({percent} %).', addressed=l_1_addressed, total=l_1_total, percent=l_1_percent)),
        )
        return concat(t_37)
    context.exported_vars.add('coverage_clauses_summary')
    context.vars['coverage_clauses_summary'] = l_0_coverage_clauses_summary = Macro(environment, macro, 'coverage_clauses_summary', ('addressed', 'total', 'percent'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_coverage_clause_gaps = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_clause_gaps', 'Clauses no document addresses')
    context.vars['coverage_clause_gaps'] = l_0_coverage_clause_gaps
    context.exported_vars.add('coverage_clause_gaps')
    yield '\n'
    l_0_coverage_with_subclauses = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_with_subclauses', 'with its sub-clauses')
    context.vars['coverage_with_subclauses'] = l_0_coverage_with_subclauses
    context.exported_vars.add('coverage_with_subclauses')
    yield '\n'
    l_0_coverage_clause_table = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_clause_table', 'Clauses and the documents addressing them')
    context.vars['coverage_clause_table'] = l_0_coverage_clause_table
    context.exported_vars.add('coverage_clause_table')
    yield '\n'
    l_0_coverage_unknown_clauses = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_unknown_clauses', 'Clauses the standard does not have')
    context.vars['coverage_unknown_clauses'] = l_0_coverage_unknown_clauses
    context.exported_vars.add('coverage_unknown_clauses')
    yield '\n'
    l_0_clause = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label clause', 'Clause')
    context.vars['clause'] = l_0_clause
    context.exported_vars.add('clause')
    yield '\n'
    l_0_clause_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label clause_title', 'Title')
    context.vars['clause_title'] = l_0_clause_title
    context.exported_vars.add('clause_title')
    yield '\n'
    l_0_coverage_documents = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_documents', 'Documents')
    context.vars['coverage_documents'] = l_0_coverage_documents
    context.exported_vars.add('coverage_documents')
    yield '\n'
    l_0_coverage_times = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_times', '3. Processing time against the statutory limit')
    context.vars['coverage_times'] = l_0_coverage_times
    context.exported_vars.add('coverage_times')
    yield '\n'
    def macro(l_1_missed, l_1_total, l_1_target):
        t_38 = []
        if l_1_missed is missing:
            l_1_missed = undefined("parameter 'missed' was not provided", name='missed')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_target is missing:
            l_1_target = undefined("parameter 'target' was not provided", name='target')
        pass
        t_38.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_times_summary', '{missed} of {total} procedures miss the target of cutting processing time by {target} % against the statutory limit.', missed=l_1_missed, total=l_1_total, target=l_1_target)),
        )
        return concat(t_38)
    context.exported_vars.add('coverage_times_summary')
    context.vars['coverage_times_summary'] = l_0_coverage_times_summary = Macro(environment, macro, 'coverage_times_summary', ('missed', 'total', 'target'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_coverage_times_no_target = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_times_no_target', 'No processing-time target is set (time_reduction_target in isodocs.yaml).')
    context.vars['coverage_times_no_target'] = l_0_coverage_times_no_target
    context.exported_vars.add('coverage_times_no_target')
    yield '\n'
    l_0_coverage_times_missed = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_times_missed', 'Procedures that miss the target')
    context.vars['coverage_times_missed'] = l_0_coverage_times_missed
    context.exported_vars.add('coverage_times_missed')
    yield '\n'
    l_0_coverage_times_table = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_times_table', 'Processing time of each procedure')
    context.vars['coverage_times_table'] = l_0_coverage_times_table
    context.exported_vars.add('coverage_times_table')
    yield '\n'
    l_0_coverage_steps_hours = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_steps_hours', 'Steps (working hours)')
    context.vars['coverage_steps_hours'] = l_0_coverage_steps_hours
    context.exported_vars.add('coverage_steps_hours')
    yield '\n'
    l_0_coverage_limit_hours = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_limit_hours', 'Statutory limit (working hours)')
    context.vars['coverage_limit_hours'] = l_0_coverage_limit_hours
    context.exported_vars.add('coverage_limit_hours')
    yield '\n'
    l_0_coverage_reduction = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label coverage_reduction', 'Reduction (%)')
    context.vars['coverage_reduction'] = l_0_coverage_reduction
    context.exported_vars.add('coverage_reduction')
    l_0_national_name = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label national_name', 'SOCIALIST REPUBLIC OF VIETNAM')
    context.vars['national_name'] = l_0_national_name
    context.exported_vars.add('national_name')
    yield '\n'
    l_0_national_motto = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label national_motto', 'Independence - Freedom - Happiness')
    context.vars['national_motto'] = l_0_national_motto
    context.exported_vars.add('national_motto')
    yield '\n'
    def macro(l_1_number):
        t_39 = []
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        pass
        t_39.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label number_line', 'No.: {number}', number=l_1_number)),
        )
        return concat(t_39)
    context.exported_vars.add('number_line')
    context.vars['number_line'] = l_0_number_line = Macro(environment, macro, 'number_line', ('number',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_place, l_1_day, l_1_month, l_1_year):
        t_40 = []
        if l_1_place is missing:
            l_1_place = undefined("parameter 'place' was not provided", name='place')
        if l_1_day is missing:
            l_1_day = undefined("parameter 'day' was not provided", name='day')
        if l_1_month is missing:
            l_1_month = undefined("parameter 'month' was not provided", name='month')
        if l_1_year is missing:
            l_1_year = undefined("parameter 'year' was not provided", name='year')
        pass
        if l_1_place:
            pass
            t_40.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label place_date', '{place}, {day}/{month}/{year}', place=l_1_place, day=l_1_day, month=l_1_month, year=l_1_year)),
            )
        else:
            pass
            t_40.append(
                str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label place_date', 'Date: {day}/{month}/{year}', day=l_1_day, month=l_1_month, year=l_1_year)),
            )
        return concat(t_40)
    context.exported_vars.add('place_date')
    context.vars['place_date'] = l_0_place_date = Macro(environment, macro, 'place_date', ('place', 'day', 'month', 'year'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_sign_hint = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label sign_hint', '(Signature and full name)')
    context.vars['sign_hint'] = l_0_sign_hint
    context.exported_vars.add('sign_hint')
    yield '\n'
    l_0_sign_date = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label sign_date', 'Date: ..... / ..... / ..........')
    context.vars['sign_date'] = l_0_sign_date
    context.exported_vars.add('sign_date')
    l_0_impact_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_title', 'LEGAL REVIEW REPORT')
    context.vars['impact_title'] = l_0_impact_title
    context.exported_vars.add('impact_title')
    yield '\n'
    l_0_impact_kind = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_kind', 'REPORT')
    context.vars['impact_kind'] = l_0_impact_kind
    context.exported_vars.add('impact_kind')
    yield '\n'
    def macro(l_1_standard):
        t_41 = []
        if l_1_standard is missing:
            l_1_standard = undefined("parameter 'standard' was not provided", name='standard')
        pass
        t_41.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_subject', 'Review of the legal texts the documents of the quality management system under {standard} rely on', standard=l_1_standard)),
        )
        return concat(t_41)
    context.exported_vars.add('impact_subject')
    context.vars['impact_subject'] = l_0_impact_subject = Macro(environment, macro, 'impact_subject', ('standard',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_for = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_for', 'To: the ISO steering committee')
    context.vars['impact_for'] = l_0_impact_for
    context.exported_vars.add('impact_for')
    yield '\n'
    l_0_impact_scope_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_scope_title', '1. Scope')
    context.vars['impact_scope_title'] = l_0_impact_scope_title
    context.exported_vars.add('impact_scope_title')
    yield '\n'
    def macro(l_1_total, l_1_date):
        t_42 = []
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        pass
        t_42.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_scope', 'The {total} documents of the quality management system in force; the legal register as of {date} compared with the register as it was when each document was approved.', total=l_1_total, date=l_1_date)),
        )
        return concat(t_42)
    context.exported_vars.add('impact_scope')
    context.vars['impact_scope'] = l_0_impact_scope = Macro(environment, macro, 'impact_scope', ('total', 'date'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_results_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_results_title', '2. Findings')
    context.vars['impact_results_title'] = l_0_impact_results_title
    context.exported_vars.add('impact_results_title')
    yield '\n'
    def macro(l_1_count, l_1_total, l_1_errors, l_1_warnings):
        t_43 = []
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        if l_1_total is missing:
            l_1_total = undefined("parameter 'total' was not provided", name='total')
        if l_1_errors is missing:
            l_1_errors = undefined("parameter 'errors' was not provided", name='errors')
        if l_1_warnings is missing:
            l_1_warnings = undefined("parameter 'warnings' was not provided", name='warnings')
        pass
        t_43.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_summary', '{count} of {total} documents in force rely on legal texts that changed after their approval: {errors} replaced or expired, {warnings} amended or otherwise changed.', count=l_1_count, total=l_1_total, errors=l_1_errors, warnings=l_1_warnings)),
        )
        return concat(t_43)
    context.exported_vars.add('impact_summary')
    context.vars['impact_summary'] = l_0_impact_summary = Macro(environment, macro, 'impact_summary', ('count', 'total', 'errors', 'warnings'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_none = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_none', 'No legal text affects the documents in force: the legal texts they rely on have not changed since each document was approved.')
    context.vars['impact_none'] = l_0_impact_none
    context.exported_vars.add('impact_none')
    yield '\n'
    def macro(l_1_count):
        t_44 = []
        if l_1_count is missing:
            l_1_count = undefined("parameter 'count' was not provided", name='count')
        pass
        t_44.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_cleared', 'Changes already considered and not listed again (recorded as needing no revision, or the document revised for them): {count}.', count=l_1_count)),
        )
        return concat(t_44)
    context.exported_vars.add('impact_cleared')
    context.vars['impact_cleared'] = l_0_impact_cleared = Macro(environment, macro, 'impact_cleared', ('count',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_request_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_request_title', '3. Request')
    context.vars['impact_request_title'] = l_0_impact_request_title
    context.exported_vars.add('impact_request_title')
    yield '\n'
    l_0_impact_request = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_request', 'The ISO steering committee is asked to consider each document above and give its decision in the last column.')
    context.vars['impact_request'] = l_0_impact_request
    context.exported_vars.add('impact_request')
    yield '\n'
    l_0_impact_document = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_document', 'Document')
    context.vars['impact_document'] = l_0_impact_document
    context.exported_vars.add('impact_document')
    yield '\n'
    def macro(l_1_revision, l_1_date):
        t_45 = []
        if l_1_revision is missing:
            l_1_revision = undefined("parameter 'revision' was not provided", name='revision')
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        pass
        t_45.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_revision', 'Revision {revision}, approved on {date}', revision=l_1_revision, date=l_1_date)),
        )
        return concat(t_45)
    context.exported_vars.add('impact_revision')
    context.vars['impact_revision'] = l_0_impact_revision = Macro(environment, macro, 'impact_revision', ('revision', 'date'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_change = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_change', 'Legal text and what changed')
    context.vars['impact_change'] = l_0_impact_change
    context.exported_vars.add('impact_change')
    yield '\n'
    def macro(l_1_number):
        t_46 = []
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        pass
        t_46.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_via', '(through {number}, in its replacement chain)', number=l_1_number)),
        )
        return concat(t_46)
    context.exported_vars.add('impact_via')
    context.vars['impact_via'] = l_0_impact_via = Macro(environment, macro, 'impact_via', ('number',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_date):
        t_47 = []
        if l_1_date is missing:
            l_1_date = undefined("parameter 'date' was not provided", name='date')
        pass
        t_47.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_updated', 'Register updated on {date}.', date=l_1_date)),
        )
        return concat(t_47)
    context.exported_vars.add('impact_updated')
    context.vars['impact_updated'] = l_0_impact_updated = Macro(environment, macro, 'impact_updated', ('date',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_impact_action = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_action', 'Proposed action')
    context.vars['impact_action'] = l_0_impact_action
    context.exported_vars.add('impact_action')
    yield '\n'
    l_0_impact_decision = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_decision', 'Committee decision')
    context.vars['impact_decision'] = l_0_impact_decision
    context.exported_vars.add('impact_decision')
    yield '\n'
    l_0_impact_revise = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_revise', 'Revise the document (replaced or expired text)')
    context.vars['impact_revise'] = l_0_impact_revise
    context.exported_vars.add('impact_revise')
    yield '\n'
    l_0_impact_review = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_review', 'Review; revise the document, or record that no revision is needed')
    context.vars['impact_review'] = l_0_impact_review
    context.exported_vars.add('impact_review')
    yield '\n'
    l_0_impact_choice_revise = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_choice_revise', 'Revise the document')
    context.vars['impact_choice_revise'] = l_0_impact_choice_revise
    context.exported_vars.add('impact_choice_revise')
    yield '\n'
    l_0_impact_choice_keep = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_choice_keep', 'No revision needed')
    context.vars['impact_choice_keep'] = l_0_impact_choice_keep
    context.exported_vars.add('impact_choice_keep')
    yield '\n'
    l_0_impact_choice_other = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_choice_other', 'Other: ....................')
    context.vars['impact_choice_other'] = l_0_impact_choice_other
    context.exported_vars.add('impact_choice_other')
    yield '\n'
    l_0_impact_prepared = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_prepared', 'PREPARED BY')
    context.vars['impact_prepared'] = l_0_impact_prepared
    context.exported_vars.add('impact_prepared')
    yield '\n'
    l_0_impact_approved = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label impact_approved', 'APPROVED BY')
    context.vars['impact_approved'] = l_0_impact_approved
    context.exported_vars.add('impact_approved')
    l_0_redline_title = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_title', 'DOCUMENT CHANGES (REDLINE)')
    context.vars['redline_title'] = l_0_redline_title
    context.exported_vars.add('redline_title')
    yield '\n'
    def macro(l_1_old, l_1_new):
        t_48 = []
        if l_1_old is missing:
            l_1_old = undefined("parameter 'old' was not provided", name='old')
        if l_1_new is missing:
            l_1_new = undefined("parameter 'new' was not provided", name='new')
        pass
        t_48.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_sides', 'Compared: {old} → {new}', old=l_1_old, new=l_1_new)),
        )
        return concat(t_48)
    context.exported_vars.add('redline_sides')
    context.vars['redline_sides'] = l_0_redline_sides = Macro(environment, macro, 'redline_sides', ('old', 'new'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_redline_note = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_note', 'The changes are tracked changes: accept all to get the new text, reject all to return to the old one.')
    context.vars['redline_note'] = l_0_redline_note
    context.exported_vars.add('redline_note')
    yield '\n'
    l_0_redline_changes = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_changes', 'Summary of changes')
    context.vars['redline_changes'] = l_0_redline_changes
    context.exported_vars.add('redline_changes')
    yield '\n'
    l_0_redline_sheet = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_sheet', 'APPROVAL REQUEST SHEET')
    context.vars['redline_sheet'] = l_0_redline_sheet
    context.exported_vars.add('redline_sheet')
    yield '\n'
    l_0_redline_document = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_document', 'Document')
    context.vars['redline_document'] = l_0_redline_document
    context.exported_vars.add('redline_document')
    yield '\n'
    def macro(l_1_old, l_1_new):
        t_49 = []
        if l_1_old is missing:
            l_1_old = undefined("parameter 'old' was not provided", name='old')
        if l_1_new is missing:
            l_1_new = undefined("parameter 'new' was not provided", name='new')
        pass
        t_49.extend((
            str(l_1_old),
            ' → ',
            str(l_1_new),
        ))
        return concat(t_49)
    context.exported_vars.add('redline_revisions')
    context.vars['redline_revisions'] = l_0_redline_revisions = Macro(environment, macro, 'redline_revisions', ('old', 'new'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_redline_draft = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_draft', '(draft)')
    context.vars['redline_draft'] = l_0_redline_draft
    context.exported_vars.add('redline_draft')
    yield '\n'
    def macro(l_1_old, l_1_new):
        t_50 = []
        if l_1_old is missing:
            l_1_old = undefined("parameter 'old' was not provided", name='old')
        if l_1_new is missing:
            l_1_new = undefined("parameter 'new' was not provided", name='new')
        pass
        t_50.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_revision_line', 'Revision {old} → {new}', old=l_1_old, new=l_1_new)),
        )
        return concat(t_50)
    context.exported_vars.add('redline_revision_line')
    context.vars['redline_revision_line'] = l_0_redline_revision_line = Macro(environment, macro, 'redline_revision_line', ('old', 'new'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_new):
        t_51 = []
        if l_1_new is missing:
            l_1_new = undefined("parameter 'new' was not provided", name='new')
        pass
        t_51.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_new_revision', 'New document, revision {new}', new=l_1_new)),
        )
        return concat(t_51)
    context.exported_vars.add('redline_new_revision')
    context.vars['redline_new_revision'] = l_0_redline_new_revision = Macro(environment, macro, 'redline_new_revision', ('new',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_old):
        t_52 = []
        if l_1_old is missing:
            l_1_old = undefined("parameter 'old' was not provided", name='old')
        pass
        t_52.append(
            str(environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_removed_revision', 'Document withdrawn, revision {old}', old=l_1_old)),
        )
        return concat(t_52)
    context.exported_vars.add('redline_removed_revision')
    context.vars['redline_removed_revision'] = l_0_redline_removed_revision = Macro(environment, macro, 'redline_removed_revision', ('old',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_0_redline_new_document = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_new_document', 'New document')
    context.vars['redline_new_document'] = l_0_redline_new_document
    context.exported_vars.add('redline_new_document')
    yield '\n'
    l_0_redline_removed_document = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_removed_document', 'Document withdrawn')
    context.vars['redline_removed_document'] = l_0_redline_removed_document
    context.exported_vars.add('redline_removed_document')
    yield '\n'
    l_0_redline_opinion = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_opinion', 'Opinion')
    context.vars['redline_opinion'] = l_0_redline_opinion
    context.exported_vars.add('redline_opinion')
    yield '\n'
    l_0_redline_date_line = environment.call(context, (undefined(name='pgettext') if l_0_pgettext is missing else l_0_pgettext), 'label redline_date_line', 'Date: ..... / ..... / ..........')
    context.vars['redline_date_line'] = l_0_redline_date_line
    context.exported_vars.add('redline_date_line')

blocks = {}
debug_info = '10=25&11=29&12=33&13=37&14=41&15=45&18=48&19=52&20=56&21=60&22=64&25=67&28=84&29=88&30=92&31=96&32=100&33=104&36=107&37=111&38=115&39=119&40=123&41=127&42=131&43=135&44=139&45=143&46=147&47=151&48=155&51=175&52=179&53=183&54=187&55=191&58=204&59=208&60=212&61=216&62=220&63=224&64=228&65=232&66=236&67=240&68=244&69=248&70=252&71=256&72=260&73=264&74=268&75=272&78=275&79=279&82=282&83=296&84=300&85=304&86=308&87=312&88=316&89=320&90=324&91=328&92=332&93=336&94=340&95=352&96=364&99=375&100=379&101=383&102=387&103=391&104=395&105=399&107=402&108=423&109=435&110=447&111=461&112=475&113=479&114=483&115=487&116=491&117=503&118=507&119=511&120=515&121=527&122=541&123=553&124=557&125=561&126=575&127=579&128=583&129=587&130=599&131=611&134=614&135=618&136=622&137=626&138=630&139=634&140=638&141=650&142=654&143=658&146=673&147=677&148=681&149=685&150=689&157=700&158=717&159=718&160=719&161=720&162=723&163=726&164=729&166=739&169=749&172=764&173=776&174=780&175=784&176=788&177=792&178=796&179=800&180=804&181=808&182=812&183=816&184=820&185=824&186=828&187=832&188=836&189=840&190=844&191=848&194=863&195=867&198=878&201=881&202=885&203=906&204=927&205=931&206=935&207=939&210=942&211=946&214=949&215=961&216=973&217=977&218=993&219=997&220=1001&221=1005&222=1009&223=1013&224=1017&225=1021&226=1025&227=1029&228=1041&229=1053&230=1057&231=1073&232=1077&233=1081&234=1085&235=1089&236=1093&237=1097&238=1101&239=1105&240=1121&241=1125&242=1129&243=1133&244=1137&245=1141&249=1144&250=1148&251=1152&253=1163&254=1188&255=1192&258=1195&259=1199&260=1203&261=1215&262=1219&263=1223&264=1237&265=1241&266=1259&267=1263&268=1275&269=1279&270=1283&271=1287&272=1301&273=1305&274=1317&275=1329&276=1333&277=1337&278=1341&279=1345&280=1349&281=1353&282=1357&283=1361&286=1364&287=1368&288=1382&289=1386&290=1390&291=1394&292=1398&293=1414&294=1418&295=1432&296=1444&297=1456&298=1460&299=1464&300=1468'
# The built-in labels table compiled by Jinja (see __init__.py); not to be edited.

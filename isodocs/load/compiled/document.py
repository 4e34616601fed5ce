# Written by `python -m isodocs.load.compiled`; not to be edited.
# flake8: noqa
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$': re.compile('^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?\\Z'),
    '^([01][0-9]|2[0-3]):[0-5][0-9]$': re.compile('^([01][0-9]|2[0-3]):[0-5][0-9]\\Z'),
    '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$': re.compile('^(4|5|6|7|8|9|10)(\\.[0-9]+)*\\Z'),
    '^[a-z0-9][a-z0-9._-]*$': re.compile('^[a-z0-9][a-z0-9._-]*\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z')
}

NoneType = type(None)

def validate_urn_isodocs_schema_document_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:document:1', 'type': 'object', 'required': ['code', 'title', 'kind', 'revision', 'issued', 'prepared_by', 'reviewed_by', 'approved_by', 'changes'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['policy', 'objectives', 'manual', 'procedure', 'guideline', 'form']}, 'revision': {'type': 'integer', 'minimum': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'owner': {'type': 'string', 'minLength': 1}, 'prepared_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'reviewed_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'approved_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_basis': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'references': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'clauses': {'type': 'array', 'items': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}}, 'review_interval_months': {'type': 'integer', 'minimum': 1}, 'changes': {'type': 'array', 'items': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'$ref': '#/$defs/date'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'minItems': 1}, 'purpose': {'type': 'string'}, 'scope': {'type': 'string'}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string'}}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'$ref': '#/$defs/channel'}, 'else': {'$ref': '#/$defs/channel_entry'}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'$ref': '#/$defs/dossier_group'}, 'else': {'$ref': '#/$defs/dossier_item'}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'steps': {'type': 'array', 'items': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'$ref': '#/$defs/step_time'}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'forms': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}}, 'records': {'type': 'array', 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'year': {'type': 'integer', 'minimum': 2000, 'maximum': 2100}, 'objectives': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'$ref': '#/$defs/target'}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'$ref': '#/$defs/result'}}}, 'additionalProperties': False}, 'minItems': 1}, 'attachment': {'type': 'string', 'minLength': 1}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signatures': {'type': 'array', 'items': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'minItems': 1}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'kind': {'const': 'objectives'}}, 'required': ['kind']}, 'then': {'required': ['year', 'objectives']}}, {'if': {'properties': {'kind': {'const': 'procedure'}}, 'required': ['kind']}, 'then': {'required': ['purpose', 'scope', 'steps']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'clause': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}, 'change': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'time_unit': {'enum': ['working_hours', 'working_days']}, 'step_time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, 'limit_unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'extension': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, 'channel': {'enum': ['in_person', 'online', 'postal']}, 'channel_entry': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'fee': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'dossier_item': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'dossier_group': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'step': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'form': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, 'record': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'result': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'objective': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signature': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}}}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'kind': {'const': 'objectives'}}, 'required': ['kind']}, rule='required')
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'objectives'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: objectives", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'objectives'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['year', 'objectives']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['year', 'objectives']}, rule='required')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['kind']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'kind': {'const': 'procedure'}}, 'required': ['kind']}, rule='required')
            data_keys = set(data.keys())
            if "kind" in data_keys:
                data_keys.remove("kind")
                data__kind = data["kind"]
                if not (isinstance(data__kind, str) and data__kind == 'procedure'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be same as const definition: procedure", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'const': 'procedure'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['purpose', 'scope', 'steps']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['purpose', 'scope', 'steps']}, rule='required')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'title', 'kind', 'revision', 'issued', 'prepared_by', 'reviewed_by', 'approved_by', 'changes']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:document:1', 'type': 'object', 'required': ['code', 'title', 'kind', 'revision', 'issued', 'prepared_by', 'reviewed_by', 'approved_by', 'changes'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['policy', 'objectives', 'manual', 'procedure', 'guideline', 'form']}, 'revision': {'type': 'integer', 'minimum': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'owner': {'type': 'string', 'minLength': 1}, 'prepared_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'reviewed_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'approved_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_basis': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'references': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'clauses': {'type': 'array', 'items': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}}, 'review_interval_months': {'type': 'integer', 'minimum': 1}, 'changes': {'type': 'array', 'items': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'$ref': '#/$defs/date'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'minItems': 1}, 'purpose': {'type': 'string'}, 'scope': {'type': 'string'}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string'}}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'$ref': '#/$defs/channel'}, 'else': {'$ref': '#/$defs/channel_entry'}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'$ref': '#/$defs/dossier_group'}, 'else': {'$ref': '#/$defs/dossier_item'}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'steps': {'type': 'array', 'items': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'$ref': '#/$defs/step_time'}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'forms': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}}, 'records': {'type': 'array', 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'year': {'type': 'integer', 'minimum': 2000, 'maximum': 2100}, 'objectives': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'$ref': '#/$defs/target'}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'$ref': '#/$defs/result'}}}, 'additionalProperties': False}, 'minItems': 1}, 'attachment': {'type': 'string', 'minLength': 1}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signatures': {'type': 'array', 'items': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'minItems': 1}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'kind': {'const': 'objectives'}}, 'required': ['kind']}, 'then': {'required': ['year', 'objectives']}}, {'if': {'properties': {'kind': {'const': 'procedure'}}, 'required': ['kind']}, 'then': {'required': ['purpose', 'scope', 'steps']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'clause': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}, 'change': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'time_unit': {'enum': ['working_hours', 'working_days']}, 'step_time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, 'limit_unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'extension': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, 'channel': {'enum': ['in_person', 'online', 'postal']}, 'channel_entry': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'fee': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'dossier_item': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'dossier_group': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'step': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'form': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, 'record': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'result': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'objective': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signature': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__code, str):
                data__code_len = len(data__code)
                if data__code_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be longer than or equal to 1 characters", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'policy' or isinstance(data__kind, str) and data__kind == 'objectives' or isinstance(data__kind, str) and data__kind == 'manual' or isinstance(data__kind, str) and data__kind == 'procedure' or isinstance(data__kind, str) and data__kind == 'guideline' or isinstance(data__kind, str) and data__kind == 'form'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['policy', 'objectives', 'manual', 'procedure', 'guideline', 'form']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['policy', 'objectives', 'manual', 'procedure', 'guideline', 'form']}, rule='enum')
        if "revision" in data_keys:
            data_keys.remove("revision")
            data__revision = data["revision"]
            if not isinstance(data__revision, (int)) and not (isinstance(data__revision, float) and data__revision.is_integer()) or isinstance(data__revision, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be integer", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__revision, (int, float, Decimal)) and not isinstance(data__revision, bool):
                if data__revision < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be bigger than or equal to 1", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            validate____defs_date(data__issued, custom_formats, (name_prefix or "data") + ".issued")
        if "effective" in data_keys:
            data_keys.remove("effective")
            data__effective = data["effective"]
            validate____defs_date(data__effective, custom_formats, (name_prefix or "data") + ".effective")
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__owner, str):
                data__owner_len = len(data__owner)
                if data__owner_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be longer than or equal to 1 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "prepared_by" in data_keys:
            data_keys.remove("prepared_by")
            data__preparedby = data["prepared_by"]
            validate____defs_person_id(data__preparedby, custom_formats, (name_prefix or "data") + ".prepared_by")
        if "reviewed_by" in data_keys:
            data_keys.remove("reviewed_by")
            data__reviewedby = data["reviewed_by"]
            validate____defs_person_id(data__reviewedby, custom_formats, (name_prefix or "data") + ".reviewed_by")
        if "approved_by" in data_keys:
            data_keys.remove("approved_by")
            data__approvedby = data["approved_by"]
            validate____defs_person_id(data__approvedby, custom_formats, (name_prefix or "data") + ".approved_by")
        if "legal_basis" in data_keys:
            data_keys.remove("legal_basis")
            data__legalbasis = data["legal_basis"]
            if not isinstance(data__legalbasis, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".legal_basis must be array", value=data__legalbasis, name="" + (name_prefix or "data") + ".legal_basis", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__legalbasis_is_list = isinstance(data__legalbasis, (list, tuple))
            if data__legalbasis_is_list:
                data__legalbasis_len = len(data__legalbasis)
                for data__legalbasis_x, data__legalbasis_item in enumerate(data__legalbasis):
                    validate____defs_legal_number(data__legalbasis_item, custom_formats, (name_prefix or "data") + ".legal_basis[{data__legalbasis_x}]".format(**locals()))
        if "references" in data_keys:
            data_keys.remove("references")
            data__references = data["references"]
            if not isinstance(data__references, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".references must be array", value=data__references, name="" + (name_prefix or "data") + ".references", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__references_is_list = isinstance(data__references, (list, tuple))
            if data__references_is_list:
                data__references_len = len(data__references)
                for data__references_x, data__references_item in enumerate(data__references):
                    if not isinstance(data__references_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".references[{data__references_x}]".format(**locals()) + " must be string", value=data__references_item, name="" + (name_prefix or "data") + ".references[{data__references_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__references_item, str):
                        data__references_item_len = len(data__references_item)
                        if data__references_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".references[{data__references_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__references_item, name="" + (name_prefix or "data") + ".references[{data__references_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "clauses" in data_keys:
            data_keys.remove("clauses")
            data__clauses = data["clauses"]
            if not isinstance(data__clauses, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".clauses must be array", value=data__clauses, name="" + (name_prefix or "data") + ".clauses", definition={'type': 'array', 'items': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}}, rule='type')
            data__clauses_is_list = isinstance(data__clauses, (list, tuple))
            if data__clauses_is_list:
                data__clauses_len = len(data__clauses)
                for data__clauses_x, data__clauses_item in enumerate(data__clauses):
                    validate____defs_clause(data__clauses_item, custom_formats, (name_prefix or "data") + ".clauses[{data__clauses_x}]".format(**locals()))
        if "review_interval_months" in data_keys:
            data_keys.remove("review_interval_months")
            data__reviewintervalmonths = data["review_interval_months"]
            if not isinstance(data__reviewintervalmonths, (int)) and not (isinstance(data__reviewintervalmonths, float) and data__reviewintervalmonths.is_integer()) or isinstance(data__reviewintervalmonths, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_interval_months must be integer", value=data__reviewintervalmonths, name="" + (name_prefix or "data") + ".review_interval_months", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__reviewintervalmonths, (int, float, Decimal)) and not isinstance(data__reviewintervalmonths, bool):
                if data__reviewintervalmonths < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".review_interval_months must be bigger than or equal to 1", value=data__reviewintervalmonths, name="" + (name_prefix or "data") + ".review_interval_months", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "changes" in data_keys:
            data_keys.remove("changes")
            data__changes = data["changes"]
            if not isinstance(data__changes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes must be array", value=data__changes, name="" + (name_prefix or "data") + ".changes", definition={'type': 'array', 'items': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'$ref': '#/$defs/date'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'minItems': 1}, rule='type')
            data__changes_is_list = isinstance(data__changes, (list, tuple))
            if data__changes_is_list:
                data__changes_len = len(data__changes)
                if data__changes_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".changes must contain at least 1 items", value=data__changes, name="" + (name_prefix or "data") + ".changes", definition={'type': 'array', 'items': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'$ref': '#/$defs/date'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'minItems': 1}, rule='minItems')
                for data__changes_x, data__changes_item in enumerate(data__changes):
                    validate____defs_change(data__changes_item, custom_formats, (name_prefix or "data") + ".changes[{data__changes_x}]".format(**locals()))
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".purpose must be string", value=data__purpose, name="" + (name_prefix or "data") + ".purpose", definition={'type': 'string'}, rule='type')
        if "scope" in data_keys:
            data_keys.remove("scope")
            data__scope = data["scope"]
            if not isinstance(data__scope, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".scope must be string", value=data__scope, name="" + (name_prefix or "data") + ".scope", definition={'type': 'string'}, rule='type')
        if "definitions" in data_keys:
            data_keys.remove("definitions")
            data__definitions = data["definitions"]
            if not isinstance(data__definitions, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".definitions must be object", value=data__definitions, name="" + (name_prefix or "data") + ".definitions", definition={'type': 'object', 'additionalProperties': {'type': 'string'}}, rule='type')
            data__definitions_is_dict = isinstance(data__definitions, dict)
            if data__definitions_is_dict:
                data__definitions_keys = set(data__definitions.keys())
                for data__definitions_key in data__definitions_keys:
                    if data__definitions_key not in []:
                        data__definitions_value = data__definitions.get(data__definitions_key)
                        if not isinstance(data__definitions_value, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".definitions.{data__definitions_key}".format(**locals()) + " must be string", value=data__definitions_value, name="" + (name_prefix or "data") + ".definitions.{data__definitions_key}".format(**locals()) + "", definition={'type': 'string'}, rule='type')
        if "tthc" in data_keys:
            data_keys.remove("tthc")
            data__tthc = data["tthc"]
            validate____defs_tthc(data__tthc, custom_formats, (name_prefix or "data") + ".tthc")
        if "steps" in data_keys:
            data_keys.remove("steps")
            data__steps = data["steps"]
            if not isinstance(data__steps, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".steps must be array", value=data__steps, name="" + (name_prefix or "data") + ".steps", definition={'type': 'array', 'items': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'$ref': '#/$defs/step_time'}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, rule='type')
            data__steps_is_list = isinstance(data__steps, (list, tuple))
            if data__steps_is_list:
                data__steps_len = len(data__steps)
                for data__steps_x, data__steps_item in enumerate(data__steps):
                    validate____defs_step(data__steps_item, custom_formats, (name_prefix or "data") + ".steps[{data__steps_x}]".format(**locals()))
        if "forms" in data_keys:
            data_keys.remove("forms")
            data__forms = data["forms"]
            if not isinstance(data__forms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".forms must be array", value=data__forms, name="" + (name_prefix or "data") + ".forms", definition={'type': 'array', 'items': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}}, rule='type')
            data__forms_is_list = isinstance(data__forms, (list, tuple))
            if data__forms_is_list:
                data__forms_len = len(data__forms)
                for data__forms_x, data__forms_item in enumerate(data__forms):
                    validate____defs_form(data__forms_item, custom_formats, (name_prefix or "data") + ".forms[{data__forms_x}]".format(**locals()))
        if "records" in data_keys:
            data_keys.remove("records")
            data__records = data["records"]
            if not isinstance(data__records, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".records must be array", value=data__records, name="" + (name_prefix or "data") + ".records", definition={'type': 'array', 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, rule='type')
            data__records_is_list = isinstance(data__records, (list, tuple))
            if data__records_is_list:
                data__records_len = len(data__records)
                for data__records_x, data__records_item in enumerate(data__records):
                    validate____defs_record(data__records_item, custom_formats, (name_prefix or "data") + ".records[{data__records_x}]".format(**locals()))
        if "year" in data_keys:
            data_keys.remove("year")
            data__year = data["year"]
            if not isinstance(data__year, (int)) and not (isinstance(data__year, float) and data__year.is_integer()) or isinstance(data__year, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be integer", value=data__year, name="" + (name_prefix or "data") + ".year", definition={'type': 'integer', 'minimum': 2000, 'maximum': 2100}, rule='type')
            if isinstance(data__year, (int, float, Decimal)) and not isinstance(data__year, bool):
                if data__year < 2000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be bigger than or equal to 2000", value=data__year, name="" + (name_prefix or "data") + ".year", definition={'type': 'integer', 'minimum': 2000, 'maximum': 2100}, rule='minimum')
                if data__year > 2100:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".year must be smaller than or equal to 2100", value=data__year, name="" + (name_prefix or "data") + ".year", definition={'type': 'integer', 'minimum': 2000, 'maximum': 2100}, rule='maximum')
        if "objectives" in data_keys:
            data_keys.remove("objectives")
            data__objectives = data["objectives"]
            if not isinstance(data__objectives, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives must be array", value=data__objectives, name="" + (name_prefix or "data") + ".objectives", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'$ref': '#/$defs/target'}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'$ref': '#/$defs/result'}}}, 'additionalProperties': False}, 'minItems': 1}, rule='type')
            data__objectives_is_list = isinstance(data__objectives, (list, tuple))
            if data__objectives_is_list:
                data__objectives_len = len(data__objectives)
                if data__objectives_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".objectives must contain at least 1 items", value=data__objectives, name="" + (name_prefix or "data") + ".objectives", definition={'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'$ref': '#/$defs/target'}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'$ref': '#/$defs/result'}}}, 'additionalProperties': False}, 'minItems': 1}, rule='minItems')
                for data__objectives_x, data__objectives_item in enumerate(data__objectives):
                    validate____defs_objective(data__objectives_item, custom_formats, (name_prefix or "data") + ".objectives[{data__objectives_x}]".format(**locals()))
        if "attachment" in data_keys:
            data_keys.remove("attachment")
            data__attachment = data["attachment"]
            if not isinstance(data__attachment, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".attachment must be string", value=data__attachment, name="" + (name_prefix or "data") + ".attachment", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__attachment, str):
                data__attachment_len = len(data__attachment)
                if data__attachment_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".attachment must be longer than or equal to 1 characters", value=data__attachment, name="" + (name_prefix or "data") + ".attachment", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "layout" in data_keys:
            data_keys.remove("layout")
            data__layout = data["layout"]
            validate____defs_layout(data__layout, custom_formats, (name_prefix or "data") + ".layout")
        if "signatures" in data_keys:
            data_keys.remove("signatures")
            data__signatures = data["signatures"]
            if not isinstance(data__signatures, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".signatures must be array", value=data__signatures, name="" + (name_prefix or "data") + ".signatures", definition={'type': 'array', 'items': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'minItems': 1}, rule='type')
            data__signatures_is_list = isinstance(data__signatures, (list, tuple))
            if data__signatures_is_list:
                data__signatures_len = len(data__signatures)
                if data__signatures_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".signatures must contain at least 1 items", value=data__signatures, name="" + (name_prefix or "data") + ".signatures", definition={'type': 'array', 'items': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'minItems': 1}, rule='minItems')
                for data__signatures_x, data__signatures_item in enumerate(data__signatures):
                    validate____defs_signature(data__signatures_item, custom_formats, (name_prefix or "data") + ".signatures[{data__signatures_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:document:1', 'type': 'object', 'required': ['code', 'title', 'kind', 'revision', 'issued', 'prepared_by', 'reviewed_by', 'approved_by', 'changes'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'kind': {'enum': ['policy', 'objectives', 'manual', 'procedure', 'guideline', 'form']}, 'revision': {'type': 'integer', 'minimum': 1}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'owner': {'type': 'string', 'minLength': 1}, 'prepared_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'reviewed_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'approved_by': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_basis': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'references': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'clauses': {'type': 'array', 'items': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}}, 'review_interval_months': {'type': 'integer', 'minimum': 1}, 'changes': {'type': 'array', 'items': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'$ref': '#/$defs/date'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'minItems': 1}, 'purpose': {'type': 'string'}, 'scope': {'type': 'string'}, 'definitions': {'type': 'object', 'additionalProperties': {'type': 'string'}}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'$ref': '#/$defs/channel'}, 'else': {'$ref': '#/$defs/channel_entry'}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'$ref': '#/$defs/dossier_group'}, 'else': {'$ref': '#/$defs/dossier_item'}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'steps': {'type': 'array', 'items': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'$ref': '#/$defs/step_time'}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'forms': {'type': 'array', 'items': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}}, 'records': {'type': 'array', 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}, 'year': {'type': 'integer', 'minimum': 2000, 'maximum': 2100}, 'objectives': {'type': 'array', 'items': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'$ref': '#/$defs/target'}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'$ref': '#/$defs/result'}}}, 'additionalProperties': False}, 'minItems': 1}, 'attachment': {'type': 'string', 'minLength': 1}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signatures': {'type': 'array', 'items': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'$ref': '#/$defs/person_id'}}, 'additionalProperties': False}, 'minItems': 1}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'kind': {'const': 'objectives'}}, 'required': ['kind']}, 'then': {'required': ['year', 'objectives']}}, {'if': {'properties': {'kind': {'const': 'procedure'}}, 'required': ['kind']}, 'then': {'required': ['purpose', 'scope', 'steps']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'person_id': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'clause': {'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}, 'change': {'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'time_unit': {'enum': ['working_hours', 'working_days']}, 'step_time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, 'limit_unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'extension': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, 'channel': {'enum': ['in_person', 'online', 'postal']}, 'channel_entry': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'fee': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'dossier_item': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'dossier_group': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, 'tthc': {'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, 'step': {'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'form': {'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, 'record': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'result': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'objective': {'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, 'layout': {'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, 'signature': {'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}}}, rule='additionalProperties')
    return data

def validate____defs_signature(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "authority" in data_keys:
            data_keys.remove("authority")
            data__authority = data["authority"]
            if not isinstance(data__authority, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".authority must be string", value=data__authority, name="" + (name_prefix or "data") + ".authority", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__authority, str):
                data__authority_len = len(data__authority)
                if data__authority_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".authority must be longer than or equal to 1 characters", value=data__authority, name="" + (name_prefix or "data") + ".authority", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be longer than or equal to 1 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "person" in data_keys:
            data_keys.remove("person")
            data__person = data["person"]
            validate____defs_person_id(data__person, custom_formats, (name_prefix or "data") + ".person")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['title'], 'properties': {'authority': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string', 'minLength': 1}, 'person': {'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_layout(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "header" in data_keys:
            data_keys.remove("header")
            data__header = data["header"]
            if not (isinstance(data__header, str) and data__header == 'administrative' or isinstance(data__header, str) and data__header == 'agency' or isinstance(data__header, str) and data__header == 'none'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".header must be one of ['administrative', 'agency', 'none']", value=data__header, name="" + (name_prefix or "data") + ".header", definition={'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, rule='enum')
        else: data["header"] = 'administrative'
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__unit, str):
                data__unit_len = len(data__unit)
                if data__unit_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be longer than or equal to 1 characters", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "number" in data_keys:
            data_keys.remove("number")
            data__number = data["number"]
            if not isinstance(data__number, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be string", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__number, str):
                data__number_len = len(data__number)
                if data__number_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be longer than or equal to 1 characters", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "subtitle" in data_keys:
            data_keys.remove("subtitle")
            data__subtitle = data["subtitle"]
            if not isinstance(data__subtitle, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".subtitle must be string", value=data__subtitle, name="" + (name_prefix or "data") + ".subtitle", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__subtitle, str):
                data__subtitle_len = len(data__subtitle)
                if data__subtitle_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".subtitle must be longer than or equal to 1 characters", value=data__subtitle, name="" + (name_prefix or "data") + ".subtitle", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "date_line" in data_keys:
            data_keys.remove("date_line")
            data__dateline = data["date_line"]
            if not (isinstance(data__dateline, str) and data__dateline == 'blank' or isinstance(data__dateline, str) and data__dateline == 'issued' or isinstance(data__dateline, str) and data__dateline == 'none'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".date_line must be one of ['blank', 'issued', 'none']", value=data__dateline, name="" + (name_prefix or "data") + ".date_line", definition={'enum': ['blank', 'issued', 'none']}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'header': {'enum': ['administrative', 'agency', 'none'], 'default': 'administrative'}, 'unit': {'type': 'string', 'minLength': 1}, 'number': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'subtitle': {'type': 'string', 'minLength': 1}, 'date_line': {'enum': ['blank', 'issued', 'none']}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_objective(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text', 'target']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not isinstance(data__unit, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be string", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__unit, str):
                data__unit_len = len(data__unit)
                if data__unit_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be longer than or equal to 1 characters", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "target" in data_keys:
            data_keys.remove("target")
            data__target = data["target"]
            validate____defs_target(data__target, custom_formats, (name_prefix or "data") + ".target")
        if "frequency" in data_keys:
            data_keys.remove("frequency")
            data__frequency = data["frequency"]
            if not (isinstance(data__frequency, str) and data__frequency == 'monthly' or isinstance(data__frequency, str) and data__frequency == 'quarterly' or isinstance(data__frequency, str) and data__frequency == 'half_yearly' or isinstance(data__frequency, str) and data__frequency == 'yearly'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".frequency must be one of ['monthly', 'quarterly', 'half_yearly', 'yearly']", value=data__frequency, name="" + (name_prefix or "data") + ".frequency", definition={'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, rule='enum')
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__owner, str):
                data__owner_len = len(data__owner)
                if data__owner_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be longer than or equal to 1 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "plan" in data_keys:
            data_keys.remove("plan")
            data__plan = data["plan"]
            if not isinstance(data__plan, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".plan must be string", value=data__plan, name="" + (name_prefix or "data") + ".plan", definition={'type': 'string'}, rule='type')
        if "resources" in data_keys:
            data_keys.remove("resources")
            data__resources = data["resources"]
            if not isinstance(data__resources, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".resources must be string", value=data__resources, name="" + (name_prefix or "data") + ".resources", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__resources, str):
                data__resources_len = len(data__resources)
                if data__resources_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".resources must be longer than or equal to 1 characters", value=data__resources, name="" + (name_prefix or "data") + ".resources", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "deadline" in data_keys:
            data_keys.remove("deadline")
            data__deadline = data["deadline"]
            if not isinstance(data__deadline, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".deadline must be string", value=data__deadline, name="" + (name_prefix or "data") + ".deadline", definition={'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, rule='type')
            if isinstance(data__deadline, str):
                if not REGEX_PATTERNS['^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'].search(data__deadline):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".deadline must match pattern ^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$", value=data__deadline, name="" + (name_prefix or "data") + ".deadline", definition={'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, rule='pattern')
        if "evaluation" in data_keys:
            data_keys.remove("evaluation")
            data__evaluation = data["evaluation"]
            if not isinstance(data__evaluation, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be string", value=data__evaluation, name="" + (name_prefix or "data") + ".evaluation", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__evaluation, str):
                data__evaluation_len = len(data__evaluation)
                if data__evaluation_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".evaluation must be longer than or equal to 1 characters", value=data__evaluation, name="" + (name_prefix or "data") + ".evaluation", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "results" in data_keys:
            data_keys.remove("results")
            data__results = data["results"]
            if not isinstance(data__results, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".results must be array", value=data__results, name="" + (name_prefix or "data") + ".results", definition={'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}, rule='type')
            data__results_is_list = isinstance(data__results, (list, tuple))
            if data__results_is_list:
                data__results_len = len(data__results)
                for data__results_x, data__results_item in enumerate(data__results):
                    validate____defs_result(data__results_item, custom_formats, (name_prefix or "data") + ".results[{data__results_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['id', 'text', 'target'], 'properties': {'id': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'unit': {'type': 'string', 'minLength': 1}, 'target': {'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, 'frequency': {'enum': ['monthly', 'quarterly', 'half_yearly', 'yearly']}, 'owner': {'type': 'string', 'minLength': 1}, 'plan': {'type': 'string'}, 'resources': {'type': 'string', 'minLength': 1}, 'deadline': {'type': 'string', 'pattern': '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12])?$'}, 'evaluation': {'type': 'string', 'minLength': 1}, 'results': {'type': 'array', 'items': {'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_result(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['period', 'value']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "period" in data_keys:
            data_keys.remove("period")
            data__period = data["period"]
            if not isinstance(data__period, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must be string", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__period, str):
                data__period_len = len(data__period)
                if data__period_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".period must be longer than or equal to 1 characters", value=data__period, name="" + (name_prefix or "data") + ".period", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['period', 'value'], 'properties': {'period': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_target(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['op', 'value']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "op" in data_keys:
            data_keys.remove("op")
            data__op = data["op"]
            if not (isinstance(data__op, str) and data__op == '>=' or isinstance(data__op, str) and data__op == '<=' or isinstance(data__op, str) and data__op == '=' or isinstance(data__op, str) and data__op == '>' or isinstance(data__op, str) and data__op == '<'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".op must be one of ['>=', '<=', '=', '>', '<']", value=data__op, name="" + (name_prefix or "data") + ".op", definition={'enum': ['>=', '<=', '=', '>', '<']}, rule='enum')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number'}, rule='type')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['op', 'value'], 'properties': {'op': {'enum': ['>=', '<=', '=', '>', '<']}, 'value': {'type': 'number'}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_record(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "keeper" in data_keys:
            data_keys.remove("keeper")
            data__keeper = data["keeper"]
            if not isinstance(data__keeper, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".keeper must be string", value=data__keeper, name="" + (name_prefix or "data") + ".keeper", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__keeper, str):
                data__keeper_len = len(data__keeper)
                if data__keeper_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".keeper must be longer than or equal to 1 characters", value=data__keeper, name="" + (name_prefix or "data") + ".keeper", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "retention" in data_keys:
            data_keys.remove("retention")
            data__retention = data["retention"]
            if not isinstance(data__retention, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".retention must be string", value=data__retention, name="" + (name_prefix or "data") + ".retention", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__retention, str):
                data__retention_len = len(data__retention)
                if data__retention_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".retention must be longer than or equal to 1 characters", value=data__retention, name="" + (name_prefix or "data") + ".retention", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'keeper': {'type': 'string', 'minLength': 1}, 'retention': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_form(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'title']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__code, str):
                data__code_len = len(data__code)
                if data__code_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be longer than or equal to 1 characters", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not (isinstance(data__source, str) and data__source == 'internal' or isinstance(data__source, str) and data__source == 'external'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".source must be one of ['internal', 'external']", value=data__source, name="" + (name_prefix or "data") + ".source", definition={'enum': ['internal', 'external']}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'title'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'source': {'enum': ['internal', 'external']}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_step(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['no', 'action', 'actor']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "no" in data_keys:
            data_keys.remove("no")
            data__no = data["no"]
            if not isinstance(data__no, (int)) and not (isinstance(data__no, float) and data__no.is_integer()) or isinstance(data__no, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".no must be integer", value=data__no, name="" + (name_prefix or "data") + ".no", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__no, (int, float, Decimal)) and not isinstance(data__no, bool):
                if data__no < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".no must be bigger than or equal to 1", value=data__no, name="" + (name_prefix or "data") + ".no", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "action" in data_keys:
            data_keys.remove("action")
            data__action = data["action"]
            if not isinstance(data__action, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".action must be string", value=data__action, name="" + (name_prefix or "data") + ".action", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__action, str):
                data__action_len = len(data__action)
                if data__action_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".action must be longer than or equal to 1 characters", value=data__action, name="" + (name_prefix or "data") + ".action", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "actor" in data_keys:
            data_keys.remove("actor")
            data__actor = data["actor"]
            if not isinstance(data__actor, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".actor must be string", value=data__actor, name="" + (name_prefix or "data") + ".actor", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__actor, str):
                data__actor_len = len(data__actor)
                if data__actor_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".actor must be longer than or equal to 1 characters", value=data__actor, name="" + (name_prefix or "data") + ".actor", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "time" in data_keys:
            data_keys.remove("time")
            data__time = data["time"]
            validate____defs_step_time(data__time, custom_formats, (name_prefix or "data") + ".time")
        if "forms" in data_keys:
            data_keys.remove("forms")
            data__forms = data["forms"]
            if not isinstance(data__forms, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".forms must be array", value=data__forms, name="" + (name_prefix or "data") + ".forms", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__forms_is_list = isinstance(data__forms, (list, tuple))
            if data__forms_is_list:
                data__forms_len = len(data__forms)
                for data__forms_x, data__forms_item in enumerate(data__forms):
                    if not isinstance(data__forms_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".forms[{data__forms_x}]".format(**locals()) + " must be string", value=data__forms_item, name="" + (name_prefix or "data") + ".forms[{data__forms_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__forms_item, str):
                        data__forms_item_len = len(data__forms_item)
                        if data__forms_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".forms[{data__forms_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__forms_item, name="" + (name_prefix or "data") + ".forms[{data__forms_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "output" in data_keys:
            data_keys.remove("output")
            data__output = data["output"]
            if not isinstance(data__output, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".output must be string", value=data__output, name="" + (name_prefix or "data") + ".output", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__output, str):
                data__output_len = len(data__output)
                if data__output_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".output must be longer than or equal to 1 characters", value=data__output, name="" + (name_prefix or "data") + ".output", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "agency" in data_keys:
            data_keys.remove("agency")
            data__agency = data["agency"]
            if not isinstance(data__agency, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".agency must be string", value=data__agency, name="" + (name_prefix or "data") + ".agency", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__agency, str):
                data__agency_len = len(data__agency)
                if data__agency_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".agency must be longer than or equal to 1 characters", value=data__agency, name="" + (name_prefix or "data") + ".agency", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['no', 'action', 'actor'], 'properties': {'no': {'type': 'integer', 'minimum': 1}, 'action': {'type': 'string', 'minLength': 1}, 'actor': {'type': 'string', 'minLength': 1}, 'time': {'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'$ref': '#/$defs/time_unit'}}, 'additionalProperties': False}, 'forms': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'output': {'type': 'string', 'minLength': 1}, 'agency': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_step_time(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['value', 'unit']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'minimum': 0}, rule='type')
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than or equal to 0", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'minimum': 0}, rule='minimum')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            validate____defs_time_unit(data__unit, custom_formats, (name_prefix or "data") + ".unit")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['value', 'unit'], 'properties': {'value': {'type': 'number', 'minimum': 0}, 'unit': {'enum': ['working_hours', 'working_days']}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_time_unit(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'working_hours' or isinstance(data, str) and data == 'working_days'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['working_hours', 'working_days']", value=data, name="" + (name_prefix or "data") + "", definition={'enum': ['working_hours', 'working_days']}, rule='enum')
    return data

def validate____defs_tthc(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'name', 'time_limit']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "code" in data_keys:
            data_keys.remove("code")
            data__code = data["code"]
            if not isinstance(data__code, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be string", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__code, str):
                data__code_len = len(data__code)
                if data__code_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".code must be longer than or equal to 1 characters", value=data__code, name="" + (name_prefix or "data") + ".code", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "field" in data_keys:
            data_keys.remove("field")
            data__field = data["field"]
            if not isinstance(data__field, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be string", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__field, str):
                data__field_len = len(data__field)
                if data__field_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".field must be longer than or equal to 1 characters", value=data__field, name="" + (name_prefix or "data") + ".field", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not isinstance(data__level, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be string", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__level, str):
                data__level_len = len(data__level)
                if data__level_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be longer than or equal to 1 characters", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "authority" in data_keys:
            data_keys.remove("authority")
            data__authority = data["authority"]
            if not isinstance(data__authority, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".authority must be string", value=data__authority, name="" + (name_prefix or "data") + ".authority", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__authority, str):
                data__authority_len = len(data__authority)
                if data__authority_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".authority must be longer than or equal to 1 characters", value=data__authority, name="" + (name_prefix or "data") + ".authority", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "applicants" in data_keys:
            data_keys.remove("applicants")
            data__applicants = data["applicants"]
            if not isinstance(data__applicants, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants must be array", value=data__applicants, name="" + (name_prefix or "data") + ".applicants", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__applicants_is_list = isinstance(data__applicants, (list, tuple))
            if data__applicants_is_list:
                data__applicants_len = len(data__applicants)
                for data__applicants_x, data__applicants_item in enumerate(data__applicants):
                    if not isinstance(data__applicants_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants[{data__applicants_x}]".format(**locals()) + " must be string", value=data__applicants_item, name="" + (name_prefix or "data") + ".applicants[{data__applicants_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__applicants_item, str):
                        data__applicants_item_len = len(data__applicants_item)
                        if data__applicants_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".applicants[{data__applicants_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__applicants_item, name="" + (name_prefix or "data") + ".applicants[{data__applicants_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "conditions" in data_keys:
            data_keys.remove("conditions")
            data__conditions = data["conditions"]
            if not isinstance(data__conditions, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".conditions must be string", value=data__conditions, name="" + (name_prefix or "data") + ".conditions", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__conditions, str):
                data__conditions_len = len(data__conditions)
                if data__conditions_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".conditions must be longer than or equal to 1 characters", value=data__conditions, name="" + (name_prefix or "data") + ".conditions", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "joins" in data_keys:
            data_keys.remove("joins")
            data__joins = data["joins"]
            if not isinstance(data__joins, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".joins must be array", value=data__joins, name="" + (name_prefix or "data") + ".joins", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__joins_is_list = isinstance(data__joins, (list, tuple))
            if data__joins_is_list:
                data__joins_len = len(data__joins)
                for data__joins_x, data__joins_item in enumerate(data__joins):
                    if not isinstance(data__joins_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".joins[{data__joins_x}]".format(**locals()) + " must be string", value=data__joins_item, name="" + (name_prefix or "data") + ".joins[{data__joins_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__joins_item, str):
                        data__joins_item_len = len(data__joins_item)
                        if data__joins_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".joins[{data__joins_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__joins_item, name="" + (name_prefix or "data") + ".joins[{data__joins_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be array", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, rule='type')
            data__channels_is_list = isinstance(data__channels, (list, tuple))
            if data__channels_is_list:
                data__channels_len = len(data__channels)
                for data__channels_x, data__channels_item in enumerate(data__channels):
                    try:
                        if not isinstance(data__channels_item, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()) + " must be string", value=data__channels_item, name="" + (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()) + "", definition={'type': 'string'}, rule='type')
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        validate____defs_channel_entry(data__channels_item, custom_formats, (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()))
                    else:
                        validate____defs_channel(data__channels_item, custom_formats, (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()))
        if "dossier" in data_keys:
            data_keys.remove("dossier")
            data__dossier = data["dossier"]
            if not isinstance(data__dossier, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dossier must be array", value=data__dossier, name="" + (name_prefix or "data") + ".dossier", definition={'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, rule='type')
            data__dossier_is_list = isinstance(data__dossier, (list, tuple))
            if data__dossier_is_list:
                data__dossier_len = len(data__dossier)
                for data__dossier_x, data__dossier_item in enumerate(data__dossier):
                    try:
                        data__dossier_item_is_dict = isinstance(data__dossier_item, dict)
                        if data__dossier_item_is_dict:
                            data__dossier_item__missing_keys = set(['any_of']) - data__dossier_item.keys()
                            if data__dossier_item__missing_keys:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".dossier[{data__dossier_x}]".format(**locals()) + " must contain " + (str(sorted(data__dossier_item__missing_keys)) + " properties"), value=data__dossier_item, name="" + (name_prefix or "data") + ".dossier[{data__dossier_x}]".format(**locals()) + "", definition={'required': ['any_of']}, rule='required')
                    except (JsonSchemaValueException, JsonSchemaValuesException):
                        validate____defs_dossier_item(data__dossier_item, custom_formats, (name_prefix or "data") + ".dossier[{data__dossier_x}]".format(**locals()))
                    else:
                        validate____defs_dossier_group(data__dossier_item, custom_formats, (name_prefix or "data") + ".dossier[{data__dossier_x}]".format(**locals()))
        if "dossier_sets" in data_keys:
            data_keys.remove("dossier_sets")
            data__dossiersets = data["dossier_sets"]
            try:
                if not (isinstance(data__dossiersets, str) and data__dossiersets == 'not_prescribed'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dossier_sets must be same as const definition: not_prescribed", value=data__dossiersets, name="" + (name_prefix or "data") + ".dossier_sets", definition={'const': 'not_prescribed'}, rule='const')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                if not isinstance(data__dossiersets, (int)) and not (isinstance(data__dossiersets, float) and data__dossiersets.is_integer()) or isinstance(data__dossiersets, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".dossier_sets must be integer", value=data__dossiersets, name="" + (name_prefix or "data") + ".dossier_sets", definition={'type': 'integer', 'minimum': 1}, rule='type')
                if isinstance(data__dossiersets, (int, float, Decimal)) and not isinstance(data__dossiersets, bool):
                    if data__dossiersets < 1:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".dossier_sets must be bigger than or equal to 1", value=data__dossiersets, name="" + (name_prefix or "data") + ".dossier_sets", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
            else:
                pass
        if "time_limit" in data_keys:
            data_keys.remove("time_limit")
            data__timelimit = data["time_limit"]
            validate____defs_time_limit(data__timelimit, custom_formats, (name_prefix or "data") + ".time_limit")
        if "receiving_place" in data_keys:
            data_keys.remove("receiving_place")
            data__receivingplace = data["receiving_place"]
            if not isinstance(data__receivingplace, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".receiving_place must be string", value=data__receivingplace, name="" + (name_prefix or "data") + ".receiving_place", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__receivingplace, str):
                data__receivingplace_len = len(data__receivingplace)
                if data__receivingplace_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".receiving_place must be longer than or equal to 1 characters", value=data__receivingplace, name="" + (name_prefix or "data") + ".receiving_place", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "fee" in data_keys:
            data_keys.remove("fee")
            data__fee = data["fee"]
            if not isinstance(data__fee, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fee must be string", value=data__fee, name="" + (name_prefix or "data") + ".fee", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__fee, str):
                data__fee_len = len(data__fee)
                if data__fee_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".fee must be longer than or equal to 1 characters", value=data__fee, name="" + (name_prefix or "data") + ".fee", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "fees" in data_keys:
            data_keys.remove("fees")
            data__fees = data["fees"]
            if not isinstance(data__fees, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fees must be array", value=data__fees, name="" + (name_prefix or "data") + ".fees", definition={'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, rule='type')
            data__fees_is_list = isinstance(data__fees, (list, tuple))
            if data__fees_is_list:
                data__fees_len = len(data__fees)
                for data__fees_x, data__fees_item in enumerate(data__fees):
                    validate____defs_fee(data__fees_item, custom_formats, (name_prefix or "data") + ".fees[{data__fees_x}]".format(**locals()))
        if "results" in data_keys:
            data_keys.remove("results")
            data__results = data["results"]
            if not isinstance(data__results, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".results must be array", value=data__results, name="" + (name_prefix or "data") + ".results", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__results_is_list = isinstance(data__results, (list, tuple))
            if data__results_is_list:
                data__results_len = len(data__results)
                for data__results_x, data__results_item in enumerate(data__results):
                    if not isinstance(data__results_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".results[{data__results_x}]".format(**locals()) + " must be string", value=data__results_item, name="" + (name_prefix or "data") + ".results[{data__results_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__results_item, str):
                        data__results_item_len = len(data__results_item)
                        if data__results_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".results[{data__results_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__results_item, name="" + (name_prefix or "data") + ".results[{data__results_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['code', 'name', 'time_limit'], 'properties': {'code': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'field': {'type': 'string', 'minLength': 1}, 'level': {'type': 'string', 'minLength': 1}, 'authority': {'type': 'string', 'minLength': 1}, 'applicants': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'conditions': {'type': 'string', 'minLength': 1}, 'joins': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'channels': {'type': 'array', 'items': {'if': {'type': 'string'}, 'then': {'enum': ['in_person', 'online', 'postal']}, 'else': {'type': 'object', 'required': ['channel'], 'properties': {'channel': {'$ref': '#/$defs/channel'}, 'time_limit': {'$ref': '#/$defs/time_limit'}, 'fees': {'type': 'array', 'items': {'$ref': '#/$defs/fee'}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}}}, 'dossier': {'type': 'array', 'items': {'if': {'required': ['any_of']}, 'then': {'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'$ref': '#/$defs/dossier_item'}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}, 'else': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}}, 'dossier_sets': {'if': {'const': 'not_prescribed'}, 'then': {}, 'else': {'type': 'integer', 'minimum': 1}}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'receiving_place': {'type': 'string', 'minLength': 1}, 'fee': {'type': 'string', 'minLength': 1}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'results': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_fee(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['kind']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "kind" in data_keys:
            data_keys.remove("kind")
            data__kind = data["kind"]
            if not (isinstance(data__kind, str) and data__kind == 'phi' or isinstance(data__kind, str) and data__kind == 'le_phi'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".kind must be one of ['phi', 'le_phi']", value=data__kind, name="" + (name_prefix or "data") + ".kind", definition={'enum': ['phi', 'le_phi']}, rule='enum')
        if "amount" in data_keys:
            data_keys.remove("amount")
            data__amount = data["amount"]
            if not isinstance(data__amount, (int)) and not (isinstance(data__amount, float) and data__amount.is_integer()) or isinstance(data__amount, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must be integer", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__amount, (int, float, Decimal)) and not isinstance(data__amount, bool):
                if data__amount < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".amount must be bigger than or equal to 0", value=data__amount, name="" + (name_prefix or "data") + ".amount", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "per" in data_keys:
            data_keys.remove("per")
            data__per = data["per"]
            if not isinstance(data__per, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".per must be string", value=data__per, name="" + (name_prefix or "data") + ".per", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__per, str):
                data__per_len = len(data__per)
                if data__per_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".per must be longer than or equal to 1 characters", value=data__per, name="" + (name_prefix or "data") + ".per", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 1 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "exemptions" in data_keys:
            data_keys.remove("exemptions")
            data__exemptions = data["exemptions"]
            if not isinstance(data__exemptions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exemptions must be array", value=data__exemptions, name="" + (name_prefix or "data") + ".exemptions", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__exemptions_is_list = isinstance(data__exemptions, (list, tuple))
            if data__exemptions_is_list:
                data__exemptions_len = len(data__exemptions)
                for data__exemptions_x, data__exemptions_item in enumerate(data__exemptions):
                    if not isinstance(data__exemptions_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".exemptions[{data__exemptions_x}]".format(**locals()) + " must be string", value=data__exemptions_item, name="" + (name_prefix or "data") + ".exemptions[{data__exemptions_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__exemptions_item, str):
                        data__exemptions_item_len = len(data__exemptions_item)
                        if data__exemptions_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".exemptions[{data__exemptions_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__exemptions_item, name="" + (name_prefix or "data") + ".exemptions[{data__exemptions_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_time_limit(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['unit']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, rule='required')
            data_keys = set(data.keys())
            if "unit" in data_keys:
                data_keys.remove("unit")
                data__unit = data["unit"]
                if not (isinstance(data__unit, str) and data__unit == 'same_day'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be same as const definition: same_day", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'const': 'same_day'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['value']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['value']}, rule='required')
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "value" in data_keys:
                data_keys.remove("value")
                data__value = data["value"]
                if not (isinstance(data__value, (int, float)) and not isinstance(data__value, bool) and data__value == 1):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be same as const definition: 1", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'const': 1}, rule='const')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['unit']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, rule='required')
        data_keys = set(data.keys())
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than 0", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            validate____defs_limit_unit(data__unit, custom_formats, (name_prefix or "data") + ".unit")
        if "cutoff" in data_keys:
            data_keys.remove("cutoff")
            data__cutoff = data["cutoff"]
            if not isinstance(data__cutoff, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".cutoff must be string", value=data__cutoff, name="" + (name_prefix or "data") + ".cutoff", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, rule='type')
            if isinstance(data__cutoff, str):
                if not REGEX_PATTERNS['^([01][0-9]|2[0-3]):[0-5][0-9]$'].search(data__cutoff):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".cutoff must match pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$", value=data__cutoff, name="" + (name_prefix or "data") + ".cutoff", definition={'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, rule='pattern')
        if "from" in data_keys:
            data_keys.remove("from")
            data__from = data["from"]
            if not isinstance(data__from, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".from must be string", value=data__from, name="" + (name_prefix or "data") + ".from", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__from, str):
                data__from_len = len(data__from)
                if data__from_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".from must be longer than or equal to 1 characters", value=data__from, name="" + (name_prefix or "data") + ".from", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "extensions" in data_keys:
            data_keys.remove("extensions")
            data__extensions = data["extensions"]
            if not isinstance(data__extensions, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".extensions must be array", value=data__extensions, name="" + (name_prefix or "data") + ".extensions", definition={'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}, rule='type')
            data__extensions_is_list = isinstance(data__extensions, (list, tuple))
            if data__extensions_is_list:
                data__extensions_len = len(data__extensions)
                for data__extensions_x, data__extensions_item in enumerate(data__extensions):
                    validate____defs_extension(data__extensions_item, custom_formats, (name_prefix or "data") + ".extensions[{data__extensions_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days', 'same_day']}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, rule='additionalProperties')
    return data

def validate____defs_extension(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['when', 'value', 'unit']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "when" in data_keys:
            data_keys.remove("when")
            data__when = data["when"]
            if not isinstance(data__when, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".when must be string", value=data__when, name="" + (name_prefix or "data") + ".when", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__when, str):
                data__when_len = len(data__when)
                if data__when_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".when must be longer than or equal to 1 characters", value=data__when, name="" + (name_prefix or "data") + ".when", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "value" in data_keys:
            data_keys.remove("value")
            data__value = data["value"]
            if not isinstance(data__value, (int, float, Decimal)) or isinstance(data__value, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be number", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='type')
            if isinstance(data__value, (int, float, Decimal)) and not isinstance(data__value, bool):
                if data__value <= 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".value must be bigger than 0", value=data__value, name="" + (name_prefix or "data") + ".value", definition={'type': 'number', 'exclusiveMinimum': 0}, rule='exclusiveMinimum')
        if "unit" in data_keys:
            data_keys.remove("unit")
            data__unit = data["unit"]
            if not (isinstance(data__unit, str) and data__unit == 'working_hours' or isinstance(data__unit, str) and data__unit == 'working_days' or isinstance(data__unit, str) and data__unit == 'days'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unit must be one of ['working_hours', 'working_days', 'days']", value=data__unit, name="" + (name_prefix or "data") + ".unit", definition={'enum': ['working_hours', 'working_days', 'days']}, rule='enum')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['when', 'value', 'unit'], 'properties': {'when': {'type': 'string', 'minLength': 1}, 'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'enum': ['working_hours', 'working_days', 'days']}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_limit_unit(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'working_hours' or isinstance(data, str) and data == 'working_days' or isinstance(data, str) and data == 'days' or isinstance(data, str) and data == 'same_day'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['working_hours', 'working_days', 'days', 'same_day']", value=data, name="" + (name_prefix or "data") + "", definition={'enum': ['working_hours', 'working_days', 'days', 'same_day']}, rule='enum')
    return data

def validate____defs_dossier_group(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['any_of']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "any_of" in data_keys:
            data_keys.remove("any_of")
            data__anyof = data["any_of"]
            if not isinstance(data__anyof, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".any_of must be array", value=data__anyof, name="" + (name_prefix or "data") + ".any_of", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, rule='type')
            data__anyof_is_list = isinstance(data__anyof, (list, tuple))
            if data__anyof_is_list:
                data__anyof_len = len(data__anyof)
                if data__anyof_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".any_of must contain at least 1 items", value=data__anyof, name="" + (name_prefix or "data") + ".any_of", definition={'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, rule='minItems')
                for data__anyof_x, data__anyof_item in enumerate(data__anyof):
                    validate____defs_dossier_item(data__anyof_item, custom_formats, (name_prefix or "data") + ".any_of[{data__anyof_x}]".format(**locals()))
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "optional" in data_keys:
            data_keys.remove("optional")
            data__optional = data["optional"]
            if not isinstance(data__optional, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".optional must be boolean", value=data__optional, name="" + (name_prefix or "data") + ".optional", definition={'type': 'boolean', 'default': False}, rule='type')
        else: data["optional"] = False
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be array", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}, rule='type')
            data__channels_is_list = isinstance(data__channels, (list, tuple))
            if data__channels_is_list:
                data__channels_len = len(data__channels)
                for data__channels_x, data__channels_item in enumerate(data__channels):
                    validate____defs_channel(data__channels_item, custom_formats, (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['any_of'], 'properties': {'any_of': {'type': 'array', 'minItems': 1, 'items': {'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'$ref': '#/$defs/channel'}}}, 'additionalProperties': False}}, 'name': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_dossier_item(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['name']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "originals" in data_keys:
            data_keys.remove("originals")
            data__originals = data["originals"]
            if not isinstance(data__originals, (int)) and not (isinstance(data__originals, float) and data__originals.is_integer()) or isinstance(data__originals, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".originals must be integer", value=data__originals, name="" + (name_prefix or "data") + ".originals", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__originals, (int, float, Decimal)) and not isinstance(data__originals, bool):
                if data__originals < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".originals must be bigger than or equal to 0", value=data__originals, name="" + (name_prefix or "data") + ".originals", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "copies" in data_keys:
            data_keys.remove("copies")
            data__copies = data["copies"]
            if not isinstance(data__copies, (int)) and not (isinstance(data__copies, float) and data__copies.is_integer()) or isinstance(data__copies, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".copies must be integer", value=data__copies, name="" + (name_prefix or "data") + ".copies", definition={'type': 'integer', 'minimum': 0}, rule='type')
            if isinstance(data__copies, (int, float, Decimal)) and not isinstance(data__copies, bool):
                if data__copies < 0:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".copies must be bigger than or equal to 0", value=data__copies, name="" + (name_prefix or "data") + ".copies", definition={'type': 'integer', 'minimum': 0}, rule='minimum')
        if "form" in data_keys:
            data_keys.remove("form")
            data__form = data["form"]
            if not isinstance(data__form, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".form must be string", value=data__form, name="" + (name_prefix or "data") + ".form", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__form, str):
                data__form_len = len(data__form)
                if data__form_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".form must be longer than or equal to 1 characters", value=data__form, name="" + (name_prefix or "data") + ".form", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "optional" in data_keys:
            data_keys.remove("optional")
            data__optional = data["optional"]
            if not isinstance(data__optional, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".optional must be boolean", value=data__optional, name="" + (name_prefix or "data") + ".optional", definition={'type': 'boolean', 'default': False}, rule='type')
        else: data["optional"] = False
        if "present" in data_keys:
            data_keys.remove("present")
            data__present = data["present"]
            if not isinstance(data__present, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".present must be boolean", value=data__present, name="" + (name_prefix or "data") + ".present", definition={'type': 'boolean', 'default': False}, rule='type')
        else: data["present"] = False
        if "channels" in data_keys:
            data_keys.remove("channels")
            data__channels = data["channels"]
            if not isinstance(data__channels, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".channels must be array", value=data__channels, name="" + (name_prefix or "data") + ".channels", definition={'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}, rule='type')
            data__channels_is_list = isinstance(data__channels, (list, tuple))
            if data__channels_is_list:
                data__channels_len = len(data__channels)
                for data__channels_x, data__channels_item in enumerate(data__channels):
                    validate____defs_channel(data__channels_item, custom_formats, (name_prefix or "data") + ".channels[{data__channels_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string', 'minLength': 1}, 'originals': {'type': 'integer', 'minimum': 0}, 'copies': {'type': 'integer', 'minimum': 0}, 'form': {'type': 'string', 'minLength': 1}, 'optional': {'type': 'boolean', 'default': False}, 'present': {'type': 'boolean', 'default': False}, 'channels': {'type': 'array', 'items': {'enum': ['in_person', 'online', 'postal']}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_channel(data, custom_formats={}, name_prefix=None):
    if not (isinstance(data, str) and data == 'in_person' or isinstance(data, str) and data == 'online' or isinstance(data, str) and data == 'postal'):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be one of ['in_person', 'online', 'postal']", value=data, name="" + (name_prefix or "data") + "", definition={'enum': ['in_person', 'online', 'postal']}, rule='enum')
    return data

def validate____defs_channel_entry(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['channel']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "channel" in data_keys:
            data_keys.remove("channel")
            data__channel = data["channel"]
            validate____defs_channel(data__channel, custom_formats, (name_prefix or "data") + ".channel")
        if "time_limit" in data_keys:
            data_keys.remove("time_limit")
            data__timelimit = data["time_limit"]
            validate____defs_time_limit(data__timelimit, custom_formats, (name_prefix or "data") + ".time_limit")
        if "fees" in data_keys:
            data_keys.remove("fees")
            data__fees = data["fees"]
            if not isinstance(data__fees, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".fees must be array", value=data__fees, name="" + (name_prefix or "data") + ".fees", definition={'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, rule='type')
            data__fees_is_list = isinstance(data__fees, (list, tuple))
            if data__fees_is_list:
                data__fees_len = len(data__fees)
                for data__fees_x, data__fees_item in enumerate(data__fees):
                    validate____defs_fee(data__fees_item, custom_formats, (name_prefix or "data") + ".fees[{data__fees_x}]".format(**locals()))
        if "via" in data_keys:
            data_keys.remove("via")
            data__via = data["via"]
            if not isinstance(data__via, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".via must be array", value=data__via, name="" + (name_prefix or "data") + ".via", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__via_is_list = isinstance(data__via, (list, tuple))
            if data__via_is_list:
                data__via_len = len(data__via)
                for data__via_x, data__via_item in enumerate(data__via):
                    if not isinstance(data__via_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".via[{data__via_x}]".format(**locals()) + " must be string", value=data__via_item, name="" + (name_prefix or "data") + ".via[{data__via_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__via_item, str):
                        data__via_item_len = len(data__via_item)
                        if data__via_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".via[{data__via_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__via_item, name="" + (name_prefix or "data") + ".via[{data__via_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__note, str):
                data__note_len = len(data__note)
                if data__note_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be longer than or equal to 1 characters", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['channel'], 'properties': {'channel': {'enum': ['in_person', 'online', 'postal']}, 'time_limit': {'type': 'object', 'required': ['unit'], 'properties': {'value': {'type': 'number', 'exclusiveMinimum': 0}, 'unit': {'$ref': '#/$defs/limit_unit'}, 'cutoff': {'type': 'string', 'pattern': '^([01][0-9]|2[0-3]):[0-5][0-9]$'}, 'from': {'type': 'string', 'minLength': 1}, 'extensions': {'type': 'array', 'items': {'$ref': '#/$defs/extension'}}}, 'additionalProperties': False, 'allOf': [{'if': {'properties': {'unit': {'const': 'same_day'}}, 'required': ['unit']}, 'then': {'properties': {'value': {'const': 1}}}, 'else': {'required': ['value']}}]}, 'fees': {'type': 'array', 'items': {'type': 'object', 'required': ['kind'], 'properties': {'kind': {'enum': ['phi', 'le_phi']}, 'amount': {'type': 'integer', 'minimum': 0}, 'per': {'type': 'string', 'minLength': 1}, 'text': {'type': 'string', 'minLength': 1}, 'exemptions': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}, 'via': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'note': {'type': 'string', 'minLength': 1}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_change(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['revision', 'date', 'summary']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "revision" in data_keys:
            data_keys.remove("revision")
            data__revision = data["revision"]
            if not isinstance(data__revision, (int)) and not (isinstance(data__revision, float) and data__revision.is_integer()) or isinstance(data__revision, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be integer", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__revision, (int, float, Decimal)) and not isinstance(data__revision, bool):
                if data__revision < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be bigger than or equal to 1", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate____defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            if not isinstance(data__summary, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be string", value=data__summary, name="" + (name_prefix or "data") + ".summary", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__summary, str):
                data__summary_len = len(data__summary)
                if data__summary_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be longer than or equal to 1 characters", value=data__summary, name="" + (name_prefix or "data") + ".summary", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "sections" in data_keys:
            data_keys.remove("sections")
            data__sections = data["sections"]
            if not isinstance(data__sections, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections must be string", value=data__sections, name="" + (name_prefix or "data") + ".sections", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__sections, str):
                data__sections_len = len(data__sections)
                if data__sections_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".sections must be longer than or equal to 1 characters", value=data__sections, name="" + (name_prefix or "data") + ".sections", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not (isinstance(data__reason, str) and data__reason == 'legal_change' or isinstance(data__reason, str) and data__reason == 'process_change' or isinstance(data__reason, str) and data__reason == 'audit_finding' or isinstance(data__reason, str) and data__reason == 'corrective_action' or isinstance(data__reason, str) and data__reason == 'org_change' or isinstance(data__reason, str) and data__reason == 'periodic_review' or isinstance(data__reason, str) and data__reason == 'other'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be one of ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, rule='enum')
        if "refs" in data_keys:
            data_keys.remove("refs")
            data__refs = data["refs"]
            if not isinstance(data__refs, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".refs must be array", value=data__refs, name="" + (name_prefix or "data") + ".refs", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__refs_is_list = isinstance(data__refs, (list, tuple))
            if data__refs_is_list:
                data__refs_len = len(data__refs)
                for data__refs_x, data__refs_item in enumerate(data__refs):
                    if not isinstance(data__refs_item, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".refs[{data__refs_x}]".format(**locals()) + " must be string", value=data__refs_item, name="" + (name_prefix or "data") + ".refs[{data__refs_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='type')
                    if isinstance(data__refs_item, str):
                        data__refs_item_len = len(data__refs_item)
                        if data__refs_item_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".refs[{data__refs_x}]".format(**locals()) + " must be longer than or equal to 1 characters", value=data__refs_item, name="" + (name_prefix or "data") + ".refs[{data__refs_x}]".format(**locals()) + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['revision', 'date', 'summary'], 'properties': {'revision': {'type': 'integer', 'minimum': 1}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'summary': {'type': 'string', 'minLength': 1}, 'sections': {'type': 'string', 'minLength': 1}, 'reason': {'enum': ['legal_change', 'process_change', 'audit_finding', 'corrective_action', 'org_change', 'periodic_review', 'other']}, 'refs': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_clause(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(4|5|6|7|8|9|10)(\\.[0-9]+)*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^(4|5|6|7|8|9|10)(\\.[0-9]+)*$'}, rule='pattern')
    return data

def validate____defs_legal_number(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate____defs_person_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z0-9][a-z0-9._-]*$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z0-9][a-z0-9._-]*$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9][a-z0-9._-]*$'}, rule='pattern')
    return data

def validate____defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='pattern')
        if not custom_formats["date"](data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be date", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, rule='format')
    return data


SCHEMA = '722ef647e5b8e70b0dca308ad2d0ad0fd5de100f0a93c49e0ccdcbd7b2789c26'
VALIDATE = validate_urn_isodocs_schema_document_1

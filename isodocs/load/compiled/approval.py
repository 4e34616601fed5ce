# Written by `python -m isodocs.load.compiled`; not to be edited.
# flake8: noqa
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9a-f]{40}([0-9a-f]{24})?$': re.compile('^[0-9a-f]{40}([0-9a-f]{24})?\\Z'),
    '^[0-9a-f]{64}$': re.compile('^[0-9a-f]{64}\\Z'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z')
}

NoneType = type(None)

def validate_urn_isodocs_schema_approval_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:approval:1', 'type': 'object', 'required': ['code', 'action', 'by', 'name', 'date'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'minLength': 1}, 'action': {'enum': ['approve', 'withdraw', 'ack']}, 'revision': {'type': 'integer', 'minimum': 1}, 'path': {'type': 'string', 'minLength': 1}, 'content': {'type': 'string', 'pattern': '^[0-9a-f]{40}([0-9a-f]{24})?$'}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'by': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string'}, 'role': {'type': 'string'}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'decision': {'type': 'string'}, 'reason': {'type': 'string'}, 'number': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}, 'entry': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}}, 'allOf': [{'if': {'properties': {'action': {'const': 'approve'}}, 'required': ['action']}, 'then': {'required': ['revision', 'path', 'content', 'issued', 'effective']}}, {'if': {'properties': {'action': {'const': 'ack'}}, 'required': ['action']}, 'then': {'required': ['number', 'note', 'entry']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['action']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'action': {'const': 'approve'}}, 'required': ['action']}, rule='required')
            data_keys = set(data.keys())
            if "action" in data_keys:
                data_keys.remove("action")
                data__action = data["action"]
                if not (isinstance(data__action, str) and data__action == 'approve'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".action must be same as const definition: approve", value=data__action, name="" + (name_prefix or "data") + ".action", definition={'const': 'approve'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['revision', 'path', 'content', 'issued', 'effective']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['revision', 'path', 'content', 'issued', 'effective']}, rule='required')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['action']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'properties': {'action': {'const': 'ack'}}, 'required': ['action']}, rule='required')
            data_keys = set(data.keys())
            if "action" in data_keys:
                data_keys.remove("action")
                data__action = data["action"]
                if not (isinstance(data__action, str) and data__action == 'ack'):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".action must be same as const definition: ack", value=data__action, name="" + (name_prefix or "data") + ".action", definition={'const': 'ack'}, rule='const')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['number', 'note', 'entry']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['number', 'note', 'entry']}, rule='required')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['code', 'action', 'by', 'name', 'date']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:approval:1', 'type': 'object', 'required': ['code', 'action', 'by', 'name', 'date'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'minLength': 1}, 'action': {'enum': ['approve', 'withdraw', 'ack']}, 'revision': {'type': 'integer', 'minimum': 1}, 'path': {'type': 'string', 'minLength': 1}, 'content': {'type': 'string', 'pattern': '^[0-9a-f]{40}([0-9a-f]{24})?$'}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'by': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string'}, 'role': {'type': 'string'}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'decision': {'type': 'string'}, 'reason': {'type': 'string'}, 'number': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}, 'entry': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}}, 'allOf': [{'if': {'properties': {'action': {'const': 'approve'}}, 'required': ['action']}, 'then': {'required': ['revision', 'path', 'content', 'issued', 'effective']}}, {'if': {'properties': {'action': {'const': 'ack'}}, 'required': ['action']}, 'then': {'required': ['number', 'note', 'entry']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}}, rule='required')
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
        if "action" in data_keys:
            data_keys.remove("action")
            data__action = data["action"]
            if not (isinstance(data__action, str) and data__action == 'approve' or isinstance(data__action, str) and data__action == 'withdraw' or isinstance(data__action, str) and data__action == 'ack'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".action must be one of ['approve', 'withdraw', 'ack']", value=data__action, name="" + (name_prefix or "data") + ".action", definition={'enum': ['approve', 'withdraw', 'ack']}, rule='enum')
        if "revision" in data_keys:
            data_keys.remove("revision")
            data__revision = data["revision"]
            if not isinstance(data__revision, (int)) and not (isinstance(data__revision, float) and data__revision.is_integer()) or isinstance(data__revision, bool):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be integer", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='type')
            if isinstance(data__revision, (int, float, Decimal)) and not isinstance(data__revision, bool):
                if data__revision < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".revision must be bigger than or equal to 1", value=data__revision, name="" + (name_prefix or "data") + ".revision", definition={'type': 'integer', 'minimum': 1}, rule='minimum')
        if "path" in data_keys:
            data_keys.remove("path")
            data__path = data["path"]
            if not isinstance(data__path, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".path must be string", value=data__path, name="" + (name_prefix or "data") + ".path", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__path, str):
                data__path_len = len(data__path)
                if data__path_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".path must be longer than or equal to 1 characters", value=data__path, name="" + (name_prefix or "data") + ".path", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".content must be string", value=data__content, name="" + (name_prefix or "data") + ".content", definition={'type': 'string', 'pattern': '^[0-9a-f]{40}([0-9a-f]{24})?$'}, rule='type')
            if isinstance(data__content, str):
                if not REGEX_PATTERNS['^[0-9a-f]{40}([0-9a-f]{24})?$'].search(data__content):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".content must match pattern ^[0-9a-f]{40}([0-9a-f]{24})?$", value=data__content, name="" + (name_prefix or "data") + ".content", definition={'type': 'string', 'pattern': '^[0-9a-f]{40}([0-9a-f]{24})?$'}, rule='pattern')
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            validate____defs_date(data__issued, custom_formats, (name_prefix or "data") + ".issued")
        if "effective" in data_keys:
            data_keys.remove("effective")
            data__effective = data["effective"]
            validate____defs_date(data__effective, custom_formats, (name_prefix or "data") + ".effective")
        if "by" in data_keys:
            data_keys.remove("by")
            data__by = data["by"]
            if not isinstance(data__by, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be string", value=data__by, name="" + (name_prefix or "data") + ".by", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__by, str):
                data__by_len = len(data__by)
                if data__by_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".by must be longer than or equal to 1 characters", value=data__by, name="" + (name_prefix or "data") + ".by", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be string", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".name must be longer than or equal to 1 characters", value=data__name, name="" + (name_prefix or "data") + ".name", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string'}, rule='type')
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".role must be string", value=data__role, name="" + (name_prefix or "data") + ".role", definition={'type': 'string'}, rule='type')
        if "date" in data_keys:
            data_keys.remove("date")
            data__date = data["date"]
            validate____defs_date(data__date, custom_formats, (name_prefix or "data") + ".date")
        if "decision" in data_keys:
            data_keys.remove("decision")
            data__decision = data["decision"]
            if not isinstance(data__decision, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".decision must be string", value=data__decision, name="" + (name_prefix or "data") + ".decision", definition={'type': 'string'}, rule='type')
        if "reason" in data_keys:
            data_keys.remove("reason")
            data__reason = data["reason"]
            if not isinstance(data__reason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".reason must be string", value=data__reason, name="" + (name_prefix or "data") + ".reason", definition={'type': 'string'}, rule='type')
        if "number" in data_keys:
            data_keys.remove("number")
            data__number = data["number"]
            if not isinstance(data__number, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be string", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__number, str):
                data__number_len = len(data__number)
                if data__number_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".number must be longer than or equal to 1 characters", value=data__number, name="" + (name_prefix or "data") + ".number", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "note" in data_keys:
            data_keys.remove("note")
            data__note = data["note"]
            if not isinstance(data__note, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".note must be string", value=data__note, name="" + (name_prefix or "data") + ".note", definition={'type': 'string'}, rule='type')
        if "entry" in data_keys:
            data_keys.remove("entry")
            data__entry = data["entry"]
            if not isinstance(data__entry, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".entry must be string", value=data__entry, name="" + (name_prefix or "data") + ".entry", definition={'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, rule='type')
            if isinstance(data__entry, str):
                if not REGEX_PATTERNS['^[0-9a-f]{64}$'].search(data__entry):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".entry must match pattern ^[0-9a-f]{64}$", value=data__entry, name="" + (name_prefix or "data") + ".entry", definition={'type': 'string', 'pattern': '^[0-9a-f]{64}$'}, rule='pattern')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:approval:1', 'type': 'object', 'required': ['code', 'action', 'by', 'name', 'date'], 'additionalProperties': False, 'properties': {'code': {'type': 'string', 'minLength': 1}, 'action': {'enum': ['approve', 'withdraw', 'ack']}, 'revision': {'type': 'integer', 'minimum': 1}, 'path': {'type': 'string', 'minLength': 1}, 'content': {'type': 'string', 'pattern': '^[0-9a-f]{40}([0-9a-f]{24})?$'}, 'issued': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'by': {'type': 'string', 'minLength': 1}, 'name': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string'}, 'role': {'type': 'string'}, 'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'decision': {'type': 'string'}, 'reason': {'type': 'string'}, 'number': {'type': 'string', 'minLength': 1}, 'note': {'type': 'string'}, 'entry': {'type': 'string', 'pattern': '^[0-9a-f]{64}$'}}, 'allOf': [{'if': {'properties': {'action': {'const': 'approve'}}, 'required': ['action']}, 'then': {'required': ['revision', 'path', 'content', 'issued', 'effective']}}, {'if': {'properties': {'action': {'const': 'ack'}}, 'required': ['action']}, 'then': {'required': ['number', 'note', 'entry']}}], '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}}, rule='additionalProperties')
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


SCHEMA = '1ee4bcea0b6c83d201a589919200ddfcde9663c3e93123452faaf3709ec3d590'
VALIDATE = validate_urn_isodocs_schema_approval_1

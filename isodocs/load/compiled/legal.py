# Written by `python -m isodocs.load.compiled`; not to be edited.
# flake8: noqa
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z')
}

NoneType = type(None)

def validate_urn_isodocs_schema_legal_1(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:legal:1', 'type': 'object', 'required': ['number', 'type', 'title', 'issued', 'status'], 'properties': {'number': {'type': 'string', 'minLength': 1}, 'type': {'type': 'string', 'minLength': 1}, 'issuer': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'issued': {'if': {'type': 'string'}, 'then': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'else': {'type': 'integer', 'minimum': 1945, 'maximum': 2100}}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'status': {'enum': ['in_force', 'partly_expired', 'expired', 'not_yet_effective', 'suspended']}, 'expired_on': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'amended_by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'replaced_by': {'type': 'string', 'minLength': 1}, 'unlisted': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'$ref': '#/$defs/date'}}, 'additionalProperties': False}, 'external': {'type': 'boolean', 'default': True}, 'tthc': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'modified': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'rescinded': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}}, 'additionalProperties': False}}, 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'tthc_code': {'type': 'string', 'minLength': 1}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'tthc_changes': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'modified': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'rescinded': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['number', 'type', 'title', 'issued', 'status']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:legal:1', 'type': 'object', 'required': ['number', 'type', 'title', 'issued', 'status'], 'properties': {'number': {'type': 'string', 'minLength': 1}, 'type': {'type': 'string', 'minLength': 1}, 'issuer': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'issued': {'if': {'type': 'string'}, 'then': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'else': {'type': 'integer', 'minimum': 1945, 'maximum': 2100}}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'status': {'enum': ['in_force', 'partly_expired', 'expired', 'not_yet_effective', 'suspended']}, 'expired_on': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'amended_by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'replaced_by': {'type': 'string', 'minLength': 1}, 'unlisted': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'$ref': '#/$defs/date'}}, 'additionalProperties': False}, 'external': {'type': 'boolean', 'default': True}, 'tthc': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'modified': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'rescinded': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}}, 'additionalProperties': False}}, 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'tthc_code': {'type': 'string', 'minLength': 1}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'tthc_changes': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'modified': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'rescinded': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}}, rule='required')
        data_keys = set(data.keys())
        if "number" in data_keys:
            data_keys.remove("number")
            data__number = data["number"]
            validate____defs_legal_number(data__number, custom_formats, (name_prefix or "data") + ".number")
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be string", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__type, str):
                data__type_len = len(data__type)
                if data__type_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be longer than or equal to 1 characters", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "issuer" in data_keys:
            data_keys.remove("issuer")
            data__issuer = data["issuer"]
            if not isinstance(data__issuer, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".issuer must be string", value=data__issuer, name="" + (name_prefix or "data") + ".issuer", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__issuer, str):
                data__issuer_len = len(data__issuer)
                if data__issuer_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issuer must be longer than or equal to 1 characters", value=data__issuer, name="" + (name_prefix or "data") + ".issuer", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 1 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "issued" in data_keys:
            data_keys.remove("issued")
            data__issued = data["issued"]
            try:
                if not isinstance(data__issued, (str)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be string", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'string'}, rule='type')
            except (JsonSchemaValueException, JsonSchemaValuesException):
                if not isinstance(data__issued, (int)) and not (isinstance(data__issued, float) and data__issued.is_integer()) or isinstance(data__issued, bool):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be integer", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'integer', 'minimum': 1945, 'maximum': 2100}, rule='type')
                if isinstance(data__issued, (int, float, Decimal)) and not isinstance(data__issued, bool):
                    if data__issued < 1945:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be bigger than or equal to 1945", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'integer', 'minimum': 1945, 'maximum': 2100}, rule='minimum')
                    if data__issued > 2100:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".issued must be smaller than or equal to 2100", value=data__issued, name="" + (name_prefix or "data") + ".issued", definition={'type': 'integer', 'minimum': 1945, 'maximum': 2100}, rule='maximum')
            else:
                validate____defs_date(data__issued, custom_formats, (name_prefix or "data") + ".issued")
        if "effective" in data_keys:
            data_keys.remove("effective")
            data__effective = data["effective"]
            validate____defs_date(data__effective, custom_formats, (name_prefix or "data") + ".effective")
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'in_force' or isinstance(data__status, str) and data__status == 'partly_expired' or isinstance(data__status, str) and data__status == 'expired' or isinstance(data__status, str) and data__status == 'not_yet_effective' or isinstance(data__status, str) and data__status == 'suspended'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['in_force', 'partly_expired', 'expired', 'not_yet_effective', 'suspended']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'enum': ['in_force', 'partly_expired', 'expired', 'not_yet_effective', 'suspended']}, rule='enum')
        if "expired_on" in data_keys:
            data_keys.remove("expired_on")
            data__expiredon = data["expired_on"]
            validate____defs_date(data__expiredon, custom_formats, (name_prefix or "data") + ".expired_on")
        if "amended_by" in data_keys:
            data_keys.remove("amended_by")
            data__amendedby = data["amended_by"]
            if not isinstance(data__amendedby, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".amended_by must be array", value=data__amendedby, name="" + (name_prefix or "data") + ".amended_by", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__amendedby_is_list = isinstance(data__amendedby, (list, tuple))
            if data__amendedby_is_list:
                data__amendedby_len = len(data__amendedby)
                for data__amendedby_x, data__amendedby_item in enumerate(data__amendedby):
                    validate____defs_legal_number(data__amendedby_item, custom_formats, (name_prefix or "data") + ".amended_by[{data__amendedby_x}]".format(**locals()))
        if "replaced_by" in data_keys:
            data_keys.remove("replaced_by")
            data__replacedby = data["replaced_by"]
            validate____defs_legal_number(data__replacedby, custom_formats, (name_prefix or "data") + ".replaced_by")
        if "unlisted" in data_keys:
            data_keys.remove("unlisted")
            data__unlisted = data["unlisted"]
            if not isinstance(data__unlisted, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".unlisted must be array", value=data__unlisted, name="" + (name_prefix or "data") + ".unlisted", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__unlisted_is_list = isinstance(data__unlisted, (list, tuple))
            if data__unlisted_is_list:
                data__unlisted_len = len(data__unlisted)
                for data__unlisted_x, data__unlisted_item in enumerate(data__unlisted):
                    validate____defs_legal_number(data__unlisted_item, custom_formats, (name_prefix or "data") + ".unlisted[{data__unlisted_x}]".format(**locals()))
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            validate____defs_source(data__source, custom_formats, (name_prefix or "data") + ".source")
        if "external" in data_keys:
            data_keys.remove("external")
            data__external = data["external"]
            if not isinstance(data__external, (bool)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".external must be boolean", value=data__external, name="" + (name_prefix or "data") + ".external", definition={'type': 'boolean', 'default': True}, rule='type')
        else: data["external"] = True
        if "tthc" in data_keys:
            data_keys.remove("tthc")
            data__tthc = data["tthc"]
            validate____defs_tthc_changes(data__tthc, custom_formats, (name_prefix or "data") + ".tthc")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', '$id': 'urn:isodocs:schema:legal:1', 'type': 'object', 'required': ['number', 'type', 'title', 'issued', 'status'], 'properties': {'number': {'type': 'string', 'minLength': 1}, 'type': {'type': 'string', 'minLength': 1}, 'issuer': {'type': 'string', 'minLength': 1}, 'title': {'type': 'string', 'minLength': 1}, 'issued': {'if': {'type': 'string'}, 'then': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'else': {'type': 'integer', 'minimum': 1945, 'maximum': 2100}}, 'effective': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'status': {'enum': ['in_force', 'partly_expired', 'expired', 'not_yet_effective', 'suspended']}, 'expired_on': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'amended_by': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'replaced_by': {'type': 'string', 'minLength': 1}, 'unlisted': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'$ref': '#/$defs/date'}}, 'additionalProperties': False}, 'external': {'type': 'boolean', 'default': True}, 'tthc': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'modified': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}, 'rescinded': {'type': 'array', 'items': {'$ref': '#/$defs/tthc_code'}}}, 'additionalProperties': False}}, 'additionalProperties': False, '$defs': {'date': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}, 'legal_number': {'type': 'string', 'minLength': 1}, 'tthc_code': {'type': 'string', 'minLength': 1}, 'source': {'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, 'tthc_changes': {'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'modified': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'rescinded': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}}}, rule='additionalProperties')
    return data

def validate____defs_tthc_changes(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'modified': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'rescinded': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "added" in data_keys:
            data_keys.remove("added")
            data__added = data["added"]
            if not isinstance(data__added, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".added must be array", value=data__added, name="" + (name_prefix or "data") + ".added", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__added_is_list = isinstance(data__added, (list, tuple))
            if data__added_is_list:
                data__added_len = len(data__added)
                for data__added_x, data__added_item in enumerate(data__added):
                    validate____defs_tthc_code(data__added_item, custom_formats, (name_prefix or "data") + ".added[{data__added_x}]".format(**locals()))
        if "modified" in data_keys:
            data_keys.remove("modified")
            data__modified = data["modified"]
            if not isinstance(data__modified, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".modified must be array", value=data__modified, name="" + (name_prefix or "data") + ".modified", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__modified_is_list = isinstance(data__modified, (list, tuple))
            if data__modified_is_list:
                data__modified_len = len(data__modified)
                for data__modified_x, data__modified_item in enumerate(data__modified):
                    validate____defs_tthc_code(data__modified_item, custom_formats, (name_prefix or "data") + ".modified[{data__modified_x}]".format(**locals()))
        if "rescinded" in data_keys:
            data_keys.remove("rescinded")
            data__rescinded = data["rescinded"]
            if not isinstance(data__rescinded, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".rescinded must be array", value=data__rescinded, name="" + (name_prefix or "data") + ".rescinded", definition={'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, rule='type')
            data__rescinded_is_list = isinstance(data__rescinded, (list, tuple))
            if data__rescinded_is_list:
                data__rescinded_len = len(data__rescinded)
                for data__rescinded_x, data__rescinded_item in enumerate(data__rescinded):
                    validate____defs_tthc_code(data__rescinded_item, custom_formats, (name_prefix or "data") + ".rescinded[{data__rescinded_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'properties': {'added': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'modified': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}, 'rescinded': {'type': 'array', 'items': {'type': 'string', 'minLength': 1}}}, 'additionalProperties': False}, rule='additionalProperties')
    return data

def validate____defs_tthc_code(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data

def validate____defs_source(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['url']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='required')
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be string", value=data__url, name="" + (name_prefix or "data") + ".url", definition={'type': 'string', 'minLength': 1}, rule='type')
            if isinstance(data__url, str):
                data__url_len = len(data__url)
                if data__url_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".url must be longer than or equal to 1 characters", value=data__url, name="" + (name_prefix or "data") + ".url", definition={'type': 'string', 'minLength': 1}, rule='minLength')
        if "accessed" in data_keys:
            data_keys.remove("accessed")
            data__accessed = data["accessed"]
            validate____defs_date(data__accessed, custom_formats, (name_prefix or "data") + ".accessed")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'required': ['url'], 'properties': {'url': {'type': 'string', 'minLength': 1}, 'accessed': {'type': 'string', 'format': 'date', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'}}, 'additionalProperties': False}, rule='additionalProperties')
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

def validate____defs_legal_number(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='type')
    if isinstance(data, str):
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must be longer than or equal to 1 characters", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'minLength': 1}, rule='minLength')
    return data


SCHEMA = 'd42f9da06a253e1be27182d6a4837c706277771b7e7e9e192bc32ebd3db22098'
VALIDATE = validate_urn_isodocs_schema_legal_1
